import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DateTime } from "luxon";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { generateReleases } from "../../src/bench/generate.ts";
import { buildSite } from "../../src/build/build-site.ts";
import type { Newsroom } from "../../src/collections/newsroom.ts";
import { PAGE_SIZE, paginate, type ListingPage } from "../../src/collections/paginate.ts";
import type { Release } from "../../src/content/release.ts";
import { bulkPagesRenderedByKind } from "../../src/render/bulk-pages.ts";
import topics from "../../_data/topics.json" with { type: "json" };
import counties from "../../_data/counties.json" with { type: "json" };

/** `count` releases, newest first, code = oldest-first position + 1 (so code 1 is the oldest). */
function listing(count: number): Release[] {
  return Array.from({ length: count }, (_, i) => {
    const code = count - i;
    return {
      code, file: `releases/${code}.md`, url: `/releases/${code}/`, title: `خبر ${code}`, lead: "لید",
      date: DateTime.fromISO("2025-01-01T10:00", { zone: "Asia/Tehran" }).plus({ hours: code }), topics: [],
      attachments: [], draft: false, updates: [], bodyHtml: "",
    };
  });
}

const BASE = { url: "/topics/employment/", title: "خبرهای اشتغال", description: "", emptyText: "خالی", breadcrumbs: [{ title: "خانه", url: "/" }] };
const pages = (count: number) => paginate(listing(count), BASE);
/** URL → the codes on it, newest first, in the order the pages come out. */
const layout = (count: number) => pages(count).map((p) => [p.url.replace(BASE.url, "/"), codes(p)] as const);
const codes = (p: ListingPage) => p.releases.map((r) => r.code);
/** Codes hi, hi − 1, …, lo. */
const down = (hi: number, lo: number) => Array.from({ length: hi - lo + 1 }, (_, i) => hi - i);

test("paginate :: fewer than 40 releases: one page at the base URL with all of them, no pager", () => {
  assert.equal(layout(0), [["/", []]]);
  assert.equal(layout(1), [["/", [1]]]);
  assert.equal(layout(19), [["/", down(19, 1)]]);
  assert.equal(layout(20), [["/", down(20, 1)]]);
  assert.equal(layout(21), [["/", down(21, 1)]]);
  assert.equal(layout(39), [["/", down(39, 1)]]);
  for (const n of [0, 1, 19, 20, 21, 39]) assert.is(pages(n)[0]?.pagination, undefined, String(n));
  assert.is(PAGE_SIZE, 20);
});

test("paginate :: blocks of 20 counted from the oldest; the base holds the newest full block and the rest above it", () => {
  assert.equal(layout(40), [["/", down(40, 21)], ["/page/1/", down(20, 1)]]);
  assert.equal(layout(41), [["/", down(41, 21)], ["/page/1/", down(20, 1)]]);
  assert.equal(layout(59), [["/", down(59, 21)], ["/page/1/", down(20, 1)]]);
  assert.equal(layout(60), [["/", down(60, 41)], ["/page/2/", down(40, 21)], ["/page/1/", down(20, 1)]]);
  assert.equal(layout(61), [["/", down(61, 41)], ["/page/2/", down(40, 21)], ["/page/1/", down(20, 1)]]);
  assert.equal(layout(99), [["/", down(99, 61)], ["/page/3/", down(60, 41)], ["/page/2/", down(40, 21)], ["/page/1/", down(20, 1)]]);
  assert.equal(layout(100), [["/", down(100, 81)], ["/page/4/", down(80, 61)], ["/page/3/", down(60, 41)], ["/page/2/", down(40, 21)], ["/page/1/", down(20, 1)]]);
});

test("paginate :: every release on exactly one page, newest first across pages; numbered pages hold exactly 20", () => {
  for (let n = 0; n <= 260; n++) {
    const list = pages(n);
    assert.equal(list.flatMap(codes), down(n, 1), String(n));
    const base = list[0]!;
    assert.ok(n < 40 ? base.releases.length === n : base.releases.length >= 20 && base.releases.length <= 39, `${n}: base holds ${base.releases.length}`);
    for (const p of list.slice(1)) {
      const k = Number(/page\/(\d+)\//.exec(p.url)?.[1]);
      assert.equal(codes(p), down(20 * k, 20 * k - 19), p.url);
    }
  }
});

test("paginate :: titles and breadcrumbs: the base as given, numbered pages «— صفحهٔ N» under the base", () => {
  const [base, page2, page1] = pages(61);
  assert.is(base?.title, "خبرهای اشتغال");
  assert.equal(base?.breadcrumbs, [{ title: "خانه", url: "/" }]);
  assert.is(page2?.title, "خبرهای اشتغال — صفحهٔ ۲");
  assert.is(page1?.title, "خبرهای اشتغال — صفحهٔ ۱");
  assert.equal(page1?.breadcrumbs, [{ title: "خانه", url: "/" }, { title: "خبرهای اشتغال", url: "/topics/employment/" }]);
});

/** A pager as one line: `>` newer, `<` older, `*` current, `…` a gap, `base` the base URL, numbers for /page/N/. */
function pager(p: ListingPage | undefined): string {
  const g = p?.pagination;
  if (!g) return "none";
  const at = (url: string) => (url === BASE.url ? "base" : (/page\/(\d+)\//.exec(url)?.[1] ?? url));
  const links = g.links.map((l) => (l.url ? `${l.label}${l.current ? "*" : ""}` : "…"));
  return [g.newerUrl ? `>${at(g.newerUrl)}` : "", ...links, g.olderUrl ? `<${at(g.olderUrl)}` : ""].filter(Boolean).join(" ");
}

test("paginate :: the pager: «تازه‌ترین», numbers from p + 2 down to p − 2, a gap, page ۱, newer and older", () => {
  const at = (n: number) => Object.fromEntries(pages(n).map((p) => [p.url.replace(BASE.url, "/"), pager(p)]));
  assert.equal(at(40), { "/": "تازه‌ترین* ۱ <1", "/page/1/": ">base تازه‌ترین ۱*" });
  assert.equal(at(61), { "/": "تازه‌ترین* ۲ ۱ <2", "/page/2/": ">base تازه‌ترین ۲* ۱ <1", "/page/1/": ">2 تازه‌ترین ۲ ۱*" });
  // 9 full blocks: the base and pages 8 … 1.
  assert.equal(at(185), {
    "/": "تازه‌ترین* ۸ ۷ … ۱ <8",
    "/page/8/": ">base تازه‌ترین ۸* ۷ ۶ … ۱ <7",
    "/page/7/": ">8 تازه‌ترین ۸ ۷* ۶ ۵ … ۱ <6",
    "/page/6/": ">7 تازه‌ترین ۸ ۷ ۶* ۵ ۴ … ۱ <5",
    "/page/5/": ">6 تازه‌ترین ۷ ۶ ۵* ۴ ۳ … ۱ <4",
    "/page/4/": ">5 تازه‌ترین ۶ ۵ ۴* ۳ ۲ ۱ <3",
    "/page/3/": ">4 تازه‌ترین ۵ ۴ ۳* ۲ ۱ <2",
    "/page/2/": ">3 تازه‌ترین ۴ ۳ ۲* ۱ <1",
    "/page/1/": ">2 تازه‌ترین ۳ ۲ ۱*",
  });
  const page5 = pages(185).find((p) => p.url === "/topics/employment/page/5/")?.pagination;
  assert.equal(page5?.links.find((l) => l.current), { label: "۵", url: "/topics/employment/page/5/", ariaLabel: "صفحهٔ ۵", current: true });
  assert.equal(page5?.links[0], { label: "تازه‌ترین", url: "/topics/employment/", current: false });
});

test("paginate :: adding one release at the top changes the base only, and at a wrap the new page and at most two below it", () => {
  const snapshot = (n: number) => new Map(pages(n).map((p) => [p.url, JSON.stringify(p)]));
  let before = snapshot(0);
  for (let n = 1; n <= 300; n++) {
    const after = snapshot(n);
    const changed = [...after].filter(([url, json]) => before.get(url) !== json).map(([url]) => url.replace(BASE.url, "/"));
    const full = Math.floor(n / 20);
    const wrapped = n % 20 === 0 && full >= 2;
    const expected = wrapped ? ["/", ...[full - 1, full - 2, full - 3].filter((k) => k >= 1).map((k) => `/page/${k}/`)] : ["/"];
    assert.equal(changed, expected, `${n - 1} → ${n}`);
    assert.ok([...before.keys()].every((url) => after.has(url)), `${n}: no page disappears`);
    before = after;
  }
});

// A real site built three times: 139 listed releases, then one added at the top (140: the home
// listing wraps from 6 full blocks to 7), then another (141: no wrap).
const root = process.cwd();
const tmp = mkdtempSync(path.join(os.tmpdir(), "newsroom-paginate-"));
const releasesDir = path.join(tmp, "releases");
const NOW = new Date("2026-03-01T00:00:00Z"); // 1404-12-10 03:30 in Tehran
test.after(() => rmSync(tmp, { recursive: true, force: true }));

const files = () => (readdirSync(releasesDir, { recursive: true, encoding: "utf8" }) as string[]).filter((f) => f.endsWith(".md")).sort();

/** Build into `<tmp>/<name>` with one build cache for all steps; the newsroom and listing pages rendered. */
async function build(name: string): Promise<{ newsroom: Newsroom; listingRendered: number }> {
  process.env.SOURCE_DATE_EPOCH = String(NOW.getTime() / 1000);
  try {
    const { newsroom } = await buildSite({ root, outDir: path.join(tmp, name), releasesDir, cacheDir: path.join(tmp, "cache") });
    return { newsroom, listingRendered: bulkPagesRenderedByKind().listing };
  } finally {
    delete process.env.SOURCE_DATE_EPOCH;
  }
}

/** A copy of release 1 as release `code`, dated `date` (before NOW, after every generated one). */
function addRelease(code: number, date: string): void {
  const first = path.join(releasesDir, files()[0] as string);
  mkdirSync(path.join(releasesDir, "1404"), { recursive: true });
  writeFileSync(path.join(releasesDir, "1404", `${String(code).padStart(5, "0")}-added.md`), readFileSync(first, "utf8")
    .replace(/^code: \d+$/m, `code: ${code}`).replace(/^date: .*$/m, `date: ${date}`));
}

/** Listing pages (home, topics, counties, archive months) whose bytes differ between two builds, or that are new. */
function changedListings(before: string, after: string, newsroom: Newsroom): string[] {
  const file = (dir: string, url: string) => path.join(tmp, dir, url, "index.html");
  return newsroom.listingPages.map((p) => p.url).filter((url) =>
    !existsSync(file(before, url)) || !readFileSync(file(before, url)).equals(readFileSync(file(after, url)))).sort();
}

/** What adding `added` at the top may change: each of its listings' base and, where it wrapped, the new page and two below; its month
 * (and the month before, when its month is new). */
function expectedChanges(newsroom: Newsroom, added: Release): string[] {
  const urls: string[] = [];
  const listings = [{ url: "/", releases: newsroom.listed }, ...newsroom.topics, ...newsroom.counties].filter((l) => l.releases.includes(added));
  for (const { url, releases } of listings) {
    urls.push(url);
    const full = Math.floor(releases.length / PAGE_SIZE);
    if (releases.length % PAGE_SIZE === 0 && full >= 2) urls.push(...[full - 1, full - 2, full - 3].filter((k) => k >= 1).map((k) => `${url}page/${k}/`));
  }
  const [month, older] = newsroom.archive.flatMap((y) => y.months);
  urls.push(month!.url);
  if (month!.releases.length === 1 && older) urls.push(older.url); // a new month: the one before links to it
  return urls.sort();
}

test("paginate :: a built site: adding a release at the top rewrites only the pages it must; the cache renders exactly those", async () => {
  generateReleases(releasesDir, { count: 139, seed: 11, topics: Object.keys(topics), counties: Object.keys(counties), scheduledShare: 0, lastYear: 1403, now: NOW });
  for (const f of files()) { // every generated release listed, so the home listing has exactly 139
    const abs = path.join(releasesDir, f);
    writeFileSync(abs, readFileSync(abs, "utf8").replace(/\nwithdrawn:\n(?: {2}.*\n)+/, "\n"));
  }
  const first = await build("139");
  assert.is(first.newsroom.listed.length, 139);
  assert.ok(existsSync(path.join(tmp, "139/page/5/index.html")) && !existsSync(path.join(tmp, "139/page/6")), "6 full blocks: pages 1–5 and the base");

  addRelease(140, "1404-12-09 09:00");
  const wrap = await build("140");
  const added = wrap.newsroom.listed[0]!;
  assert.is(added.code, 140);
  const changed = changedListings("139", "140", wrap.newsroom);
  assert.equal(changed, expectedChanges(wrap.newsroom, added));
  for (const url of ["/page/6/", "/page/5/", "/page/4/", "/"]) assert.ok(changed.includes(url), `home at the wrap: ${url}`);
  for (const url of ["/page/3/", "/page/2/", "/page/1/"]) assert.not.ok(changed.includes(url), `home below the wrap: ${url}`);
  assert.is(wrap.listingRendered, changed.length, "the page cache re-rendered exactly the changed listing pages");

  addRelease(141, "1404-12-09 10:00");
  const next = await build("141");
  const changedNext = changedListings("140", "141", next.newsroom);
  assert.equal(changedNext, expectedChanges(next.newsroom, next.newsroom.listed[0]!));
  assert.ok(changedNext.includes("/") && !changedNext.some((u) => u.startsWith("/page/")), "no wrap: the home base only");
  assert.is(next.listingRendered, changedNext.length);

  const html = (url: string) => readFileSync(path.join(tmp, "141", url, "index.html"), "utf8");
  const nav = (page: string) => page.slice(page.indexOf('<nav class="pager"'), page.indexOf("</nav>", page.indexOf('<nav class="pager"')) + 6);
  assert.is(nav(html("/page/6/")), [
    '<nav class="pager" aria-label="صفحه‌های فهرست">',
    "  <ul>",
    '    <li class="pager-step"><a href="/" rel="prev"><span aria-hidden="true">→</span> جدیدتر</a></li>',
    '    <li><a href="/">تازه‌ترین</a></li>',
    '    <li><a href="/page/6/" aria-current="page" aria-label="صفحهٔ ۶">۶</a></li>',
    '    <li><a href="/page/5/" aria-label="صفحهٔ ۵">۵</a></li>',
    '    <li><a href="/page/4/" aria-label="صفحهٔ ۴">۴</a></li>',
    '    <li class="pager-gap" aria-hidden="true">…</li>',
    '    <li><a href="/page/1/" aria-label="صفحهٔ ۱">۱</a></li>',
    '    <li class="pager-step"><a href="/page/5/" rel="next">قدیمی‌تر <span aria-hidden="true">←</span></a></li>',
    "  </ul>",
    "</nav>",
  ].join("\n"));
  assert.ok(html("/").includes('<li><a href="/" aria-current="page">تازه‌ترین</a></li>\n    <li><a href="/page/6/" aria-label="صفحهٔ ۶">۶</a></li>\n    <li><a href="/page/5/" aria-label="صفحهٔ ۵">۵</a></li>\n    <li class="pager-gap" aria-hidden="true">…</li>'));
  assert.ok(html("/page/3/").includes('<a href="/page/4/" rel="prev"><span aria-hidden="true">→</span> جدیدتر</a>'));
  const cards = (url: string) => [...html(url).matchAll(/<h2 class="card-title"><a href="\/releases\/(\d+)\/">/g)].map((m) => Number(m[1]));
  assert.is(cards("/").length, 21, "the base: block 7 and the one release above it");
  assert.equal(cards("/page/1/"), next.newsroom.listed.slice(-20).map((r) => r.code), "page 1: the 20 oldest");
});

test.run();
