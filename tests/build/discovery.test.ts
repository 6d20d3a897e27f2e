import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { generateReleases } from "../../src/bench/generate.ts";
import { buildSite } from "../../src/build/build-site.ts";
import type { Newsroom } from "../../src/collections/newsroom.ts";
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
/** Codes across every page of a paginated listing. */
function allPages(base: string): number[] {
  const codes: number[] = [];
  for (let n = 1; existsSync(path.join(out, n === 1 ? base : `${base}page/${n}/`, "index.html")); n++) {
    codes.push(...cards(n === 1 ? base : `${base}page/${n}/`));
  }
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

test("home :: ceil(N / 20) pages of 20, newest first across pages", () => {
  const listed = newsroom.listed.map((r) => r.code);
  assert.ok(listed.length > 40, `only ${listed.length} listed`);
  const pages = Math.ceil(listed.length / 20);
  assert.ok(existsSync(path.join(out, `page/${pages}/index.html`)));
  assert.not.ok(existsSync(path.join(out, `page/${pages + 1}`)));
  assert.not.ok(existsSync(path.join(out, "page/1")), "page 1 is the home page itself");
  assert.is(cards("/").length, 20);
  assert.equal(allPages("/"), listed);
  const times = newsroom.listed.map((r) => r.date.toMillis());
  assert.ok(times.every((t, i) => i === 0 || t <= (times[i - 1] as number)));
});

test("home :: accessible pagination with Persian page numbers", () => {
  const page2 = read("/page/2/");
  assert.ok(page2.includes('<nav class="pager" aria-label="صفحه‌های فهرست">'));
  assert.ok(page2.includes('<a href="/page/2/" aria-current="page" aria-label="صفحهٔ ۲">۲</a>'));
  assert.ok(page2.includes('<a href="/" rel="prev"><span aria-hidden="true">→</span> صفحهٔ قبل</a>'));
  assert.ok(page2.includes('<a href="/page/3/" rel="next">صفحهٔ بعد <span aria-hidden="true">←</span></a>'));
  assert.ok(page2.includes("<title>تازه‌ترین خبرها — صفحهٔ ۲ |"));
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

test("release :: links to its county and topics; related releases share one and never itself", () => {
  for (const release of newsroom.listed) {
    const html = read(release.url);
    for (const t of release.topics) assert.ok(html.includes(`<a href="/topics/${t.key}/">${t.name}</a>`));
    if (release.county) assert.ok(html.includes(`<a href="/counties/${release.county.key}/">`));
    const section = html.split('<section class="related"')[1] ?? "";
    const related = [...section.matchAll(/<li><a href="\/releases\/(\d+)\/">/g)].map((m) => Number(m[1]));
    assert.ok(related.length <= 4);
    assert.not.ok(related.includes(release.code), `release ${release.code} relates to itself`);
    for (const code of related) {
      const other = newsroom.listed.find((r) => r.code === code);
      assert.ok(other, `related ${code} is not listed`);
      const shares = other.topics.some((t) => release.topics.some((u) => u.key === t.key)) || (release.county && other.county?.key === release.county.key);
      assert.ok(shares, `${code} shares nothing with ${release.code}`);
    }
  }
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

test("search :: the page works without JS by pointing to the archive, and the index is built", () => {
  const html = read("/search/");
  assert.match(html, /<noscript>\s*<p class="notice">جست\u200cوجو به جاوااسکریپت نیاز دارد[^<]*<a href="\/archive\/">بایگانی<\/a>/);
  assert.ok(html.includes('<script type="module" src="/assets/js/search.js"></script>'));
  assert.ok(existsSync(path.join(out, "pagefind/pagefind-ui.js")));
  assert.ok(existsSync(path.join(out, "assets/js/fold.js")));
  assert.ok(readFileSync(path.join(out, "pagefind/pagefind-entry.json"), "utf8").includes('"fa"'));
});

test("feeds :: every page links the site feeds; topic and county pages also their own", () => {
  for (const url of ["/", "/about/", "/archive/", newsroom.listed[0]?.url ?? "/"]) {
    const html = read(url);
    assert.ok(html.includes('<link rel="alternate" type="application/rss+xml" title="خبرهای تعاون، کار و رفاه فارس (RSS)" href="/feed.xml">'), url);
    assert.ok(html.includes('<link rel="alternate" type="application/atom+xml" title="خبرهای تعاون، کار و رفاه فارس (Atom)" href="/atom.xml">'), url);
    assert.ok(html.includes('<link rel="alternate" type="application/feed+json" title="خبرهای تعاون، کار و رفاه فارس (JSON Feed)" href="/feed.json">'), url);
    assert.ok(html.includes('<footer class="site-footer">') && html.includes('<p class="feeds">خبرهای تازه را بی‌آنکه به سایت سر بزنید'), url);
  }
  const topic = read("/topics/insurance/");
  assert.ok(topic.includes('<link rel="alternate" type="application/rss+xml" title="خبرهای بیمه و تأمین اجتماعی (RSS)" href="/topics/insurance/feed.xml">'));
  assert.ok(topic.includes('<link rel="alternate" type="application/atom+xml" title="خبرهای بیمه و تأمین اجتماعی (Atom)" href="/topics/insurance/atom.xml">'));
  assert.ok(read("/").includes('<div class="feed-box">'));
  for (const f of ["feed.xml", "atom.xml", "feed.json", "topics/insurance/feed.xml", "counties/shiraz/atom.xml"]) {
    assert.ok(existsSync(path.join(out, f)), f);
  }
});

test.run();
