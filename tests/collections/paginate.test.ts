import { DateTime } from "luxon";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { PAGE_SIZE, paginate, type ListingPage } from "../../src/collections/paginate.ts";
import type { Release } from "../../src/content/release.ts";

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

test.run();
