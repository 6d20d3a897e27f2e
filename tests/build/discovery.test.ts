import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { generateReleases } from "../../src/bench/generate.ts";
import { buildSite } from "../../src/build/build-site.ts";
import { newestFirst, type Newsroom } from "../../src/collections/newsroom.ts";
import topics from "../../_data/topics.json" with { type: "json" };
import counties from "../../_data/counties.json" with { type: "json" };

const root = process.cwd();
const tmp = mkdtempSync(path.join(os.tmpdir(), "newsroom-discovery-"));
const releasesDir = path.join(tmp, "releases");
const out = path.join(tmp, "_site");
const N = 47;
let newsroom: Newsroom;

const read = (url: string) => readFileSync(path.join(out, url, url.endsWith(".html") ? "" : "index.html"), "utf8");
/** Codes of the release cards on a listing page, in order. */
const cards = (url: string) => [...read(url).matchAll(/<h2 class="card-title"><a href="\/releases\/(\d+)\/">/g)].map((m) => Number(m[1]));
/** Codes across every page of a paginated listing, newest first: the base, then /page/N/ down to /page/1/. */
function allPages(base: string): number[] {
  let top = 0;
  while (existsSync(path.join(out, `${base}page/${top + 1}/`, "index.html"))) top++;
  const codes = cards(base);
  for (let n = top; n >= 1; n--) codes.push(...cards(`${base}page/${n}/`));
  return codes;
}

test.before(async () => {
  const now = new Date("2026-03-01T00:00:00Z");
  generateReleases(releasesDir, { count: N, seed: 7, topics: Object.keys(topics), counties: Object.keys(counties), scheduledShare: 0, now });
  process.env.SOURCE_DATE_EPOCH = String(now.getTime() / 1000);
  ({ newsroom } = await buildSite({ root, outDir: out, releasesDir }));
  delete process.env.SOURCE_DATE_EPOCH;
});

test.after(() => rmSync(tmp, { recursive: true, force: true }));

test("home :: pages of 20 numbered from the oldest, the base holding the rest; newest first across pages", () => {
  const listed = newsroom.listed.map((r) => r.code);
  assert.ok(listed.length >= 40 && listed.length < 60, `${listed.length} listed: this test expects one numbered page`);
  assert.ok(existsSync(path.join(out, "page/1/index.html")), "page 1 is the oldest 20, under /page/1/");
  assert.not.ok(existsSync(path.join(out, "page/2")));
  assert.equal(cards("/page/1/"), listed.slice(-20));
  assert.equal(cards("/"), listed.slice(0, -20));
  assert.equal(allPages("/"), listed);
  const times = newsroom.listed.map((r) => r.date.toMillis());
  assert.ok(times.every((t, i) => i === 0 || t <= (times[i - 1] as number)));
});

test("home :: accessible pagination with Persian labels: «جدیدتر», «تازه‌ترین», page numbers, «قدیمی‌تر»", () => {
  const page1 = read("/page/1/");
  const pager = (html: string) => html.slice(html.indexOf('<nav class="pager"'), html.indexOf("</nav>", html.indexOf('<nav class="pager"')) + 6);
  assert.is(pager(page1), [
    '<nav class="pager" aria-label="صفحه‌های فهرست">',
    "  <ul>",
    '    <li class="pager-step"><a href="/" rel="prev"><span aria-hidden="true">→</span> جدیدتر</a></li>',
    '    <li><a href="/">تازه‌ترین</a></li>',
    '    <li><a href="/page/1/" aria-current="page" aria-label="صفحهٔ ۱">۱</a></li>',
    "  </ul>",
    "</nav>",
  ].join("\n"));
  assert.is(pager(read("/")), [
    '<nav class="pager" aria-label="صفحه‌های فهرست">',
    "  <ul>",
    '    <li><a href="/" aria-current="page">تازه‌ترین</a></li>',
    '    <li><a href="/page/1/" aria-label="صفحهٔ ۱">۱</a></li>',
    '    <li class="pager-step"><a href="/page/1/" rel="next">قدیمی‌تر <span aria-hidden="true">←</span></a></li>',
    "  </ul>",
    "</nav>",
  ].join("\n"));
  assert.ok(page1.includes("<title>تازه‌ترین خبرها — صفحهٔ ۱ |"));
  assert.ok(page1.includes('<h1 class="page-title">تازه‌ترین خبرها — صفحهٔ ۱</h1>'));
  assert.not.ok(read("/").includes('rel="prev"'));
});

test("topics and counties :: each page lists exactly its releases", () => {
  for (const key of Object.keys(topics)) {
    const expected = newsroom.listed.filter((r) => r.topics.some((t) => t.key === key)).map((r) => r.code);
    assert.equal(allPages(`/topics/${key}/`), expected, key);
  }
  for (const key of Object.keys(counties)) {
    const expected = newsroom.listed.filter((r) => r.county?.key === key).map((r) => r.code);
    assert.equal(allPages(`/counties/${key}/`), expected, key);
  }
});

test("topics and counties :: every key is in the index with its count, empty ones included", () => {
  const index = read("/counties/");
  for (const [key, { name }] of Object.entries(counties)) {
    const count = newsroom.listed.filter((r) => r.county?.key === key).length;
    const digits = String(count).replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)] as string);
    assert.ok(index.includes(`<a href="/counties/${key}/">${name}</a> <span class="count">${digits} خبر</span>`), key);
  }
  const empty = Object.keys(counties).find((key) => !newsroom.listed.some((r) => r.county?.key === key));
  if (empty) assert.ok(read(`/counties/${empty}/`).includes("هنوز خبری از این شهرستان منتشر نشده است."));
  // A grid in Persian alphabetical order; counties without releases muted, their pages kept.
  const grid = index.slice(index.indexOf('<ul class="county-grid">'), index.indexOf("</ul>", index.indexOf('<ul class="county-grid">')));
  const order = [...grid.matchAll(/<li(?: class="is-empty")?><a href="\/counties\/([a-z-]+)\/">/g)].map((m) => m[1]);
  const collator = new Intl.Collator("fa");
  assert.equal(order, Object.entries(counties).sort((a, b) => collator.compare(a[1].name, b[1].name)).map(([key]) => key));
  assert.ok(empty && index.includes(`<li class="is-empty"><a href="/counties/${empty}/">`), "an empty county is muted");
  assert.ok(index.includes('<ul class="county-grid">'));
});

test("navigation :: month archives link the older and newer months with releases; one name for /archive/; «موضوع‌ها» for several", () => {
  const months = newsroom.archive.flatMap((y) => y.months); // newest first
  assert.ok(months.length >= 3);
  months.forEach((m, i) => {
    const html = read(m.url);
    const older = months[i + 1];
    const newer = months[i - 1];
    if (older) assert.ok(html.includes(`<li><a href="${older.url}" rel="prev"><span aria-hidden="true">→</span> ${older.name}</a></li>`), m.url);
    else assert.not.ok(html.includes('rel="prev"'), m.url);
    if (newer) assert.ok(html.includes(`<li class="month-next"><a href="${newer.url}" rel="next">${newer.name} <span aria-hidden="true">←</span></a></li>`), m.url);
    else assert.not.ok(html.includes('rel="next"'), m.url);
  });
  for (const release of newsroom.listed.slice(0, 10)) {
    const html = read(release.url);
    assert.ok(html.includes('<li><a href="/archive/">بایگانی</a></li>'), release.url);
    assert.not.ok(html.includes(">خبرها</a></li>"), release.url);
    assert.ok(html.includes(release.topics.length > 1 ? "<dt>موضوع‌ها</dt>" : "<dt>موضوع</dt>"), release.url);
  }
  assert.ok(newsroom.listed.some((r) => r.topics.length === 1) && newsroom.listed.some((r) => r.topics.length > 1), "both cases occur");
});

test("side column :: topics and counties with releases on listings, the latest on single pages; a release page gets its related", () => {
  const topic = read("/topics/employment/");
  const side = topic.slice(topic.indexOf('<aside class="side" aria-label="خبرهای بیشتر">'), topic.indexOf("</aside>"));
  assert.ok(side.includes('<li><a href="/counties/">همهٔ شهرستان‌ها</a></li>'));
  assert.ok(side.includes('<h2 id="side-topics-h">موضوع‌ها</h2>'));
  // Bulk pages are cached by what they show: no latest list there, or every publication re-renders all.
  assert.not.ok(side.includes('id="latest-h"'));
  const about = read("/about/");
  assert.ok(about.includes('<h2 id="latest-h">تازه‌ترین خبرها</h2>') && about.includes(`<li><a href="${newsroom.latest[0]?.url}">`));
  const release = newsroom.listed[3]!;
  const html = read(release.url);
  const aside = html.slice(html.indexOf('<aside class="side"'), html.indexOf("</aside>"));
  assert.not.ok(aside.includes(`<a href="${release.url}">`), "never links to itself");
  assert.not.ok(aside.includes('id="side-counties-h"'), "release pages stay light");
  assert.ok(html.indexOf("</main>") < html.indexOf('<aside class="side"'), "after the content in reading order");
});

test("archive :: every listed release is in exactly one month page", () => {
  const codes: number[] = [];
  for (const year of readdirSync(path.join(out, "archive")).filter((f) => /^\d{4}$/.test(f))) {
    for (const month of readdirSync(path.join(out, "archive", year)).filter((f) => /^\d{2}$/.test(f))) {
      codes.push(...cards(`/archive/${year}/${month}/`));
    }
  }
  assert.equal(codes.sort((a, b) => a - b), newsroom.listed.map((r) => r.code).sort((a, b) => a - b));
});

test("release :: links to its county and topics; related releases share one, were published before it, never itself", () => {
  let full = 0;
  for (const release of newsroom.listed) {
    const html = read(release.url);
    for (const t of release.topics) assert.ok(html.includes(`<a href="/topics/${t.key}/">${t.name}</a>`));
    if (release.county) assert.ok(html.includes(`<a href="/counties/${release.county.key}/">`));
    const section = (html.split('<section class="related"')[1] ?? "").split("</section>")[0] ?? "";
    const related = [...section.matchAll(/<li><a href="\/releases\/(\d+)\/">/g)].map((m) => Number(m[1]));
    assert.ok(related.length <= 4);
    if (related.length === 4) full++;
    assert.not.ok(related.includes(release.code), `release ${release.code} relates to itself`);
    for (const code of related) {
      const other = newsroom.listed.find((r) => r.code === code);
      assert.ok(other, `related ${code} is not listed`);
      const shares = other.topics.some((t) => release.topics.some((u) => u.key === t.key)) || (release.county && other.county?.key === release.county.key);
      assert.ok(shares, `${code} shares nothing with ${release.code}`);
      assert.ok(newestFirst(other, release) > 0, `${code} was not published before ${release.code}`);
    }
  }
  assert.ok(full > newsroom.listed.length / 2, `only ${full} releases have 4 related releases`);
});

test("navigation :: menu, breadcrumbs, skip link and about page", () => {
  const html = read("/topics/employment/");
  assert.ok(html.includes('<a class="skip" href="#main">پرش به محتوا</a>'));
  assert.ok(html.includes('<nav class="menu" aria-label="منوی اصلی">'));
  for (const href of ["/", "/archive/", "/topics/", "/counties/", "/search/", "/about/"]) assert.ok(html.includes(`<li><a href="${href}"`), href);
  assert.ok(html.includes('<li><a href="/topics/" aria-current="true">موضوع‌ها</a></li>'));
  assert.ok(html.includes('<nav class="crumbs" aria-label="مسیر صفحه">'));
  assert.ok(html.includes('<li><span aria-current="page">خبرهای اشتغال</span></li>'));
  assert.ok(read("/about/").includes("pr@fars-labour.example.ir"));
});

test("search :: a search form in every header that works without script (GET /search/?q=)", () => {
  for (const url of ["/", "/about/", "/topics/employment/", newsroom.listed[0]?.url ?? "/"]) {
    const html = read(url);
    const header = html.slice(html.indexOf('<header class="site-header">'), html.indexOf("</header>"));
    assert.ok(header.includes('<form class="site-search" action="/search/" method="get" role="search">'), url);
    assert.ok(header.includes('<label for="site-q" class="visually-hidden">جست‌وجو در خبرها</label>'), url);
    assert.ok(header.includes('<input id="site-q" name="q" type="search"'), url);
  }
  const search = read("/search/");
  assert.ok(search.indexOf('href="/pagefind/pagefind-ui.css"') < search.indexOf('href="/assets/css/search.css"'), "our overrides load after Pagefind's");
  const css = readFileSync(path.join(out, "assets/css/search.css"), "utf8");
  assert.ok(css.includes('--pagefind-ui-font: "Vazirmatn"'));
  assert.not.ok(/(?<![-\w])(?:left|right)\s*:\s*(?!auto)\S/.test(css), "logical properties only");
});

test("search :: the page works without JS by pointing to the archive, and the index is built", () => {
  const html = read("/search/");
  assert.match(html, /<noscript>\s*<p class="notice">جست\u200cوجو به جاوااسکریپت نیاز دارد[^<]*<a href="\/archive\/">بایگانی<\/a>/);
  assert.ok(html.includes('<script type="module" src="/assets/js/search.js"></script>'));
  assert.ok(existsSync(path.join(out, "pagefind/pagefind-ui.js")));
  assert.ok(existsSync(path.join(out, "assets/js/fold.js")));
  assert.ok(readFileSync(path.join(out, "pagefind/pagefind-entry.json"), "utf8").includes('"fa"'));
});

test("feeds :: every page links the site feeds in its head; topic and county pages also their own", () => {
  for (const url of ["/", "/about/", "/archive/", "/feeds/", newsroom.listed[0]?.url ?? "/"]) {
    const html = read(url);
    assert.ok(html.includes('<link rel="alternate" type="application/rss+xml" title="خبرهای تعاون، کار و رفاه فارس (RSS)" href="/feed.xml">'), url);
    assert.ok(html.includes('<link rel="alternate" type="application/atom+xml" title="خبرهای تعاون، کار و رفاه فارس (Atom)" href="/atom.xml">'), url);
    assert.ok(html.includes('<link rel="alternate" type="application/feed+json" title="خبرهای تعاون، کار و رفاه فارس (JSON Feed)" href="/feed.json">'), url);
  }
  const topic = read("/topics/insurance/");
  assert.ok(topic.includes('<link rel="alternate" type="application/rss+xml" title="خبرهای بیمه و تأمین اجتماعی (RSS)" href="/topics/insurance/feed.xml">'));
  assert.ok(topic.includes('<link rel="alternate" type="application/atom+xml" title="خبرهای بیمه و تأمین اجتماعی (Atom)" href="/topics/insurance/atom.xml">'));
  for (const f of ["feed.xml", "atom.xml", "feed.json", "topics/insurance/feed.xml", "counties/shiraz/atom.xml"]) {
    assert.ok(existsSync(path.join(out, f)), f);
  }
});

test("channels :: every page's footer has the messenger channels with self-hosted marks and one «خوراک‌ها» link", () => {
  for (const url of ["/", "/about/", "/topics/insurance/", "/feeds/", newsroom.listed[0]?.url ?? "/"]) {
    const html = read(url);
    // /about/ lists them in its body, once; every other page in its footer.
    const footer = url === "/about/" ? html.slice(html.indexOf("<main"), html.indexOf("</main>")) : html.slice(html.indexOf('<footer class="site-footer">'));
    assert.ok(footer.includes('<a href="https://eitaa.com/fars_labour_example"><img src="/assets/img/channels/eitaa.svg" alt="" width="24" height="24"> ایتا</a>'), url);
    assert.ok(footer.includes('<img src="/assets/img/channels/bale.svg" alt="" width="24" height="24"> بله</a>'), url);
    assert.ok(footer.includes('<img src="/assets/img/channels/telegram.svg" alt="" width="24" height="24"> تلگرام</a>'), url);
    assert.is(html.split('href="/feeds/"').length - 1, 1, `${url}: one link to /feeds/`);
    assert.not.ok(/RSS · Atom|class="feed-box"|class="feeds"/.test(html), `${url}: no feed jargon box`);
  }
  for (const key of ["eitaa", "bale", "telegram", "feeds"]) assert.ok(existsSync(path.join(out, `assets/img/channels/${key}.svg`)), key);
});

test("feeds page :: the site feed, every topic and every county (Persian order), each with a copy field", () => {
  const html = read("/feeds/");
  assert.ok(html.includes('<input id="feed-site" type="url" value="https://news.fars-labour.example.ir/feed.xml" readonly dir="ltr" aria-labelledby="feed-site-name">'));
  for (const key of Object.keys(topics)) assert.ok(html.includes(`value="https://news.fars-labour.example.ir/topics/${key}/feed.xml"`), key);
  for (const key of Object.keys(counties)) assert.ok(html.includes(`value="https://news.fars-labour.example.ir/counties/${key}/feed.xml"`), key);
  assert.ok(html.indexOf('id="feed-county-kazerun"') < html.indexOf('id="feed-county-neyriz"'), "Persian order: کازرون before نی‌ریز");
  assert.ok(html.includes('<button type="button" class="copy-link" data-copy="feed-topic-insurance" hidden>کپی نشانی</button>'));
  assert.ok(html.includes('<script src="/assets/js/copy-link.js" defer></script>'));
});

test.run();
