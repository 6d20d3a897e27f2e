import { DateTime } from "luxon";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildNewsroom, HOME_SIZE, newestFirst } from "../../src/collections/newsroom.ts";
import type { Release } from "../../src/content/release.ts";

function release(code: number, iso: string, extra: Partial<Release> = {}): Release {
  return {
    code, file: `releases/${code}.md`, url: `/releases/${code}/`, title: `خبر ${code}`, lead: "لید",
    date: DateTime.fromISO(iso, { zone: "Asia/Tehran" }), topics: [], attachments: [], draft: false,
    updates: [], bodyHtml: "", ...extra,
  };
}

const now = new Date("2025-10-01T00:00:00Z");
const vocabulary = { topics: { employment: { name: "اشتغال" } }, counties: { kazerun: { name: "کازرون" } } };

test("newestFirst :: later date first, then higher code on equal times", () => {
  const list = [release(1, "2025-09-16T10:30"), release(3, "2025-09-16T10:30"), release(2, "2025-09-17T08:00")];
  assert.equal(list.sort(newestFirst).map((r) => r.code), [2, 3, 1]);
});

test("buildNewsroom :: drafts and scheduled releases get no page and no listing", () => {
  const n = buildNewsroom([
    release(1, "2025-09-01T10:00"),
    release(2, "2025-09-02T10:00", { draft: true }),
    release(3, "2025-12-01T10:00"),
    release(4, "2025-11-01T10:00"),
  ], vocabulary, now);
  assert.equal(n.pages.map((r) => r.code), [1]);
  assert.equal(n.listed.map((r) => r.code), [1]);
  assert.equal(n.drafts.map((r) => r.code), [2]);
  assert.equal(n.scheduled.map((r) => r.code), [4, 3]);
});

test("buildNewsroom :: a withdrawn release keeps its page but leaves listings", () => {
  const withdrawn = { date: DateTime.fromISO("2025-09-05T10:00"), reason: "خطا" };
  const n = buildNewsroom([release(1, "2025-09-01T10:00"), release(2, "2025-09-02T10:00", { withdrawn })], vocabulary, now);
  assert.equal(n.pages.map((r) => r.code), [2, 1]);
  assert.equal(n.listed.map((r) => r.code), [1]);
});

test("buildNewsroom :: the home page holds the newest 20", () => {
  const many = Array.from({ length: 25 }, (_, i) => release(i + 1, DateTime.fromISO("2025-01-01T10:00").plus({ days: i }).toISO() as string));
  const n = buildNewsroom(many, vocabulary, now);
  assert.is(HOME_SIZE, 20);
  assert.is(n.latest.length, 20);
  assert.is(n.latest[0]?.code, 25);
  assert.is(n.latest[19]?.code, 6);
});

test.run();
