import { DateTime } from "luxon";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildNewsroom } from "../../src/collections/newsroom.ts";
import { RELATED_SIZE, relatedReleases } from "../../src/collections/related.ts";
import type { Release } from "../../src/content/release.ts";

const now = new Date("2025-10-01T00:00:00Z");
const vocabulary = {
  topics: { employment: { name: "اشتغال" }, insurance: { name: "بیمه" }, cooperatives: { name: "تعاون" } },
  counties: { kazerun: { name: "کازرون" }, lar: { name: "لار" } },
};

function release(code: number, iso: string, topics: string[], county?: string, extra: Partial<Release> = {}): Release {
  return {
    code, file: `releases/${code}.md`, url: `/releases/${code}/`, title: `خبر ${code}`, lead: "لید",
    date: DateTime.fromISO(iso, { zone: "Asia/Tehran" }),
    topics: topics.map((key) => ({ key, name: key })),
    ...(county ? { county: { key: county, name: county } } : {}),
    attachments: [], draft: false, updates: [], bodyHtml: "", ...extra,
  };
}

function relatedOf(releases: Release[], code: number): number[] {
  const page = buildNewsroom(releases, vocabulary, now).releasePages.find((p) => p.release.code === code);
  assert.ok(page, `release ${code} has a page`);
  return page.related.map((r) => r.code);
}

/** 1..8 one day apart in September; topics and counties chosen so buckets overlap. */
const site = [
  release(1, "2025-09-01T10:00", ["employment"]),
  release(2, "2025-09-02T10:00", ["insurance"], "kazerun"),
  release(3, "2025-09-03T10:00", ["employment", "insurance"]),
  release(4, "2025-09-04T10:00", ["cooperatives"]),
  release(5, "2025-09-05T10:00", ["employment"], "kazerun"),
  release(6, "2025-09-06T10:00", ["cooperatives"], "lar"),
  release(7, "2025-09-07T10:00", ["employment"]),
  release(8, "2025-09-08T10:00", ["insurance"], "kazerun"),
];

test("related :: published before the release, nearest in time first, sharing a topic or the county", () => {
  assert.is(RELATED_SIZE, 4);
  // 8 (insurance, kazerun): older sharing insurance → 3, 2; kazerun → 5, 2. Nearest first: 5, 3, 2.
  assert.equal(relatedOf(site, 8), [5, 3, 2]);
  // 7 (employment): 5, 3, 1 — never 8, which came later.
  assert.equal(relatedOf(site, 7), [5, 3, 1]);
  // 5 (employment, kazerun): 3 (employment), 2 (kazerun), 1 (employment).
  assert.equal(relatedOf(site, 5), [3, 2, 1]);
  assert.equal(relatedOf(site, 6), [4]);
});

test("related :: at most 4, never itself, each once though it shares several keys", () => {
  const many = Array.from({ length: 9 }, (_, i) =>
    release(i + 1, DateTime.fromISO("2025-09-01T10:00").plus({ days: i }).toISO() as string, ["employment", "insurance"], "lar"));
  assert.equal(relatedOf(many, 9), [8, 7, 6, 5]);
  assert.equal(relatedOf(many, 3), [2, 1]);
});

test("related :: the oldest release of its topics and county has none", () => {
  assert.equal(relatedOf(site, 1), []);
  assert.equal(relatedOf(site, 4), []);
  assert.equal(relatedOf(site, 2), []);
});

test("related :: equal times count the lower code as published before", () => {
  const tie = [
    release(10, "2025-09-10T10:00", ["employment"]),
    release(11, "2025-09-10T10:00", ["employment"]),
    release(12, "2025-09-10T10:00", ["employment"]),
  ];
  assert.equal(relatedOf(tie, 12), [11, 10]);
  assert.equal(relatedOf(tie, 11), [10]);
  assert.equal(relatedOf(tie, 10), []);
});

test("related :: adding a newer release changes no other release's related releases", () => {
  const before = buildNewsroom(site, vocabulary, now);
  const added = release(9, "2025-09-09T10:00", ["employment", "insurance", "cooperatives"], "kazerun");
  const after = buildNewsroom([...site, added], vocabulary, now);
  const codes = (n: typeof before) => new Map(n.releasePages.map((p) => [p.release.code, p.related.map((r) => r.code).join(",")]));
  const a = codes(before);
  const b = codes(after);
  for (const [code, related] of a) assert.is(b.get(code), related, `release ${code}`);
  assert.equal(b.get(9), "8,7,6,5");
});

test("related :: a withdrawn release keeps older related releases and is nobody's related release", () => {
  const withdrawn = { date: DateTime.fromISO("2025-09-09T10:00"), reason: "خطا" };
  const list = [...site.filter((r) => r.code !== 7), release(7, "2025-09-07T10:00", ["employment"], undefined, { withdrawn })];
  assert.equal(relatedOf(list, 7), [5, 3, 1]);
  const added = release(9, "2025-09-09T10:00", ["employment"]);
  assert.equal(relatedOf([...list, added], 9), [5, 3, 1]);
});

test("relatedReleases :: a release not in its buckets still gets the older ones (binary search, not lookup)", () => {
  const bucket = [site[7]!, site[4]!, site[2]!, site[0]!]; // 8, 5, 3, 1 newest first
  const outsider = release(99, "2025-09-04T12:00", ["employment"]);
  assert.equal(relatedReleases(outsider, [bucket]).map((r) => r.code), [3, 1]);
  assert.equal(relatedReleases(outsider, [bucket], 1).map((r) => r.code), [3]);
  assert.equal(relatedReleases(outsider, []).map((r) => r.code), []);
});

test.run();
