import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { generateReleases } from "../../src/bench/generate.ts";
import { buildNewsroom } from "../../src/collections/newsroom.ts";
import { changedPlan } from "../../src/collections/render-plan.ts";
import { loadReleases } from "../../src/content/load-releases.ts";
import topics from "../../_data/topics.json" with { type: "json" };
import counties from "../../_data/counties.json" with { type: "json" };

const root = process.cwd();
const tmp = mkdtempSync(path.join(os.tmpdir(), "newsroom-plan-"));
const now = new Date("2026-03-01T00:00:00Z");
generateReleases(tmp, { count: 120, seed: 3, topics: Object.keys(topics), counties: Object.keys(counties), scheduledShare: 0, now });

function load() {
  const { releases, vocabulary, hashes } = loadReleases({ root, releasesDir: tmp });
  return { newsroom: buildNewsroom(releases, vocabulary, now), hashes };
}

function edit(code: number, from: RegExp, to: string) {
  const file = loadReleases({ root, releasesDir: tmp }).releases.find((r) => r.code === code)!.file;
  const abs = path.join(root, file);
  writeFileSync(abs, readFileSync(abs, "utf8").replace(from, to));
}

test.after(() => rmSync(tmp, { recursive: true, force: true }));

test("changedPlan :: nothing changed, nothing to render", () => {
  const a = load();
  const b = load();
  const plan = changedPlan(a.newsroom, a.hashes, b.newsroom, b.hashes);
  assert.equal([plan.releasePages.length, plan.listingPages.length, plan.archivePages.length], [0, 0, 0]);
});

test("changedPlan :: a title edit renders its page, every page that lists it and every page relating to it", () => {
  const a = load();
  const target = a.newsroom.listed[30]!;
  edit(target.code, /^title: (.*)$/m, "title: $1 (ویرایش)");
  const b = load();
  const plan = changedPlan(a.newsroom, a.hashes, b.newsroom, b.hashes);
  const urls = new Set([...plan.releasePages, ...plan.listingPages].map((p) => p.url));
  assert.ok(urls.has(target.url));
  for (const p of b.newsroom.releasePages) {
    if (p.related.some((r) => r.code === target.code)) assert.ok(urls.has(p.url), `${p.url} relates to the edit`);
  }
  for (const p of b.newsroom.listingPages) {
    const lists = p.releases.some((r) => r.code === target.code);
    assert.is(urls.has(p.url), lists, p.url);
  }
  assert.ok(plan.releasePages.length < b.newsroom.releasePages.length / 4, "only a few release pages");
});

test("changedPlan :: a date edit that moves a release re-renders the listings it left and joined", () => {
  const a = load();
  const target = a.newsroom.listed[60]!;
  edit(target.code, /^date: .*$/m, "date: 1404-11-30 23:00");
  const b = load();
  const plan = changedPlan(a.newsroom, a.hashes, b.newsroom, b.hashes);
  const urls = new Set(plan.listingPages.map((p) => p.url));
  for (const p of a.newsroom.listingPages) {
    if (p.releases.some((r) => r.code === target.code)) assert.ok(urls.has(p.url) || !b.newsroom.listingPages.some((q) => q.url === p.url), `left ${p.url}`);
  }
  assert.ok(urls.has("/"), "the home page now starts with it");
  assert.ok(plan.archivePages.length >= 1);
});

test("changedPlan :: a release added at the top renders the base pages of its listings, never a numbered page below a wrap", () => {
  const a = load();
  const source = a.newsroom.listed[5]!;
  const abs = path.join(root, source.file);
  // Just before the build's now (1404-12-10 03:30 Tehran): the newest listed release.
  writeFileSync(path.join(path.dirname(abs), "00999-added.md"), readFileSync(abs, "utf8")
    .replace(/^code: \d+$/m, "code: 999").replace(/^date: .*$/m, "date: 1404-12-10 03:00").replace(/\nwithdrawn:\n(?: {2}.*\n)+/, "\n"));
  const b = load();
  const added = b.newsroom.listed[0]!;
  assert.is(added.code, 999);
  const plan = changedPlan(a.newsroom, a.hashes, b.newsroom, b.hashes);
  const expected = new Set<string>();
  const listings = [
    { url: "/", size: b.newsroom.listed.length },
    ...[...b.newsroom.topics, ...b.newsroom.counties].filter((t) => t.releases.includes(added)).map((t) => ({ url: t.url, size: t.releases.length })),
  ];
  for (const { url, size } of listings) {
    expected.add(url);
    const full = Math.floor(size / 20);
    if (size % 20 === 0 && full >= 2) for (const n of [full - 1, full - 2, full - 3].filter((k) => k >= 1)) expected.add(`${url}page/${n}/`);
  }
  expected.add(b.newsroom.archive[0]!.months[0]!.url);
  assert.equal(new Set(plan.listingPages.map((p) => p.url)), expected);
  assert.ok(plan.releasePages.some((p) => p.url === added.url));
  assert.ok(b.newsroom.listingPages.filter((p) => p.url.startsWith("/page/")).length >= 4, "the home listing has numbered pages");
});

test.run();
