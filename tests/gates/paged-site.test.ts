import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadNewsroom } from "../../src/content/store.ts";
import { pagedTargets, pagerItems, PAGED_SITE, writePagedReleases } from "../../src/gates/paged-site.ts";

const root = process.cwd();
const origin = "http://127.0.0.1:4000";
// The gates' SOURCE_DATE_EPOCH (src/gates/cli.ts runs main on import, so it is not imported here).
const now = new Date(1790000000 * 1000);

const pager = (items: number) =>
  `<nav class="pager" aria-label="صفحه‌های فهرست"><ul>${"<li><a href=\"/\">۱</a></li>".repeat(items)}</ul></nav>`;

/** A built site reduced to the files pagedTargets reads: `{ "page/1/index.html": html }`. */
function site(files: Record<string, string>): { dir: string; pages: string[] } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "paged-targets-"));
  for (const [file, html] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), `<main>${html}</main>`);
  }
  return { dir, pages: Object.keys(files).sort() };
}

test("pagerItems :: counts the pager's items, gap included; 0 without a pager", () => {
  const html = '<nav class="pager" aria-label="x"><ul><li class="pager-step"><a href="/page/6/" rel="prev">جدیدتر</a></li><li><a href="/">تازه‌ترین</a></li><li class="pager-gap" aria-hidden="true">…</li></ul></nav><ul><li>card</li></ul>';
  assert.is(pagerItems(html), 3);
  assert.is(pagerItems("<nav class=\"site-menu\"><ul><li>a</li></ul></nav>"), 0);
});

test("pagedTargets :: the base with a pager, page 1, the page with the fullest pager, a topic's page 1", () => {
  const { dir, pages } = site({
    "index.html": pager(8),
    "page/1/index.html": pager(6),
    "page/2/index.html": pager(7),
    "page/3/index.html": pager(9),
    "page/4/index.html": pager(9),
    "page/5/index.html": pager(7),
    "topics/employment/index.html": pager(4),
    "topics/employment/page/1/index.html": pager(3),
    "topics/cooperatives/page/1/index.html": pager(3),
    "page/10/index.html": pager(10), // the newest numbered page: never the middle one
  });
  try {
    const found = pagedTargets(dir, pages, origin);
    assert.equal(found.problems, []);
    assert.equal(found.targets.map((t) => [t.name, t.urlPath, t.origin]), [
      ["listing-base-with-pager", "/", origin],
      ["listing-numbered-first", "/page/1/", origin],
      ["listing-numbered-middle", "/page/3/", origin],
      ["topic-numbered-first", "/topics/cooperatives/page/1/", origin],
    ]);
    assert.equal(found.files, ["index.html", "page/1/index.html", "page/3/index.html", "topics/cooperatives/page/1/index.html"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("pagedTargets :: a site too small for numbered pages is a problem for each missing kind", () => {
  const { dir, pages } = site({ "index.html": "<ul><li>card</li></ul>", "page/1/index.html": pager(3) });
  try {
    const found = pagedTargets(dir, pages, origin);
    assert.equal(found.targets.map((t) => t.name), ["listing-numbered-first"]);
    assert.equal(found.problems, [
      'generated site: no home page with a pager (index.html with <nav class="pager">)',
      "generated site: no numbered home page between page 1 and the newest (page/N/index.html, at least 3 numbered pages)",
      "generated site: no topic with a numbered page (topics/<key>/page/1/index.html)",
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("writePagedReleases :: valid releases, none scheduled; the home has 7 numbered pages and a topic has numbered pages", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "paged-releases-"));
  try {
    writePagedReleases(dir, path.join(root, "_data"), now);
    const newsroom = loadNewsroom({ root, releasesDir: dir, dataDir: path.join(root, "_data") }, now);
    assert.is(newsroom.pages.length, PAGED_SITE.releases);
    assert.is(newsroom.scheduled.length, 0);
    const urls = newsroom.listingPages.map((p) => p.url);
    const home = urls.filter((u) => /^\/page\/\d+\/$/.test(u)).sort();
    assert.equal(home, ["/page/1/", "/page/2/", "/page/3/", "/page/4/", "/page/5/", "/page/6/", "/page/7/"]);
    // Page 5 has the widest pager: newer, newest, 7 … 3, the gap, 1, older.
    const five = newsroom.listingPages.find((p) => p.url === "/page/5/");
    assert.equal(five?.pagination?.links.map((l) => l.label), ["تازه‌ترین", "۷", "۶", "۵", "۴", "۳", "…", "۱"]);
    assert.ok(five?.pagination?.newerUrl && five.pagination.olderUrl);
    assert.ok(urls.some((u) => /^\/topics\/[^/]+\/page\/1\/$/.test(u)), "a topic with /page/1/");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
