import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "../../src/build/build-site.ts";

/** Issue budget: a release page is at most 25 KB of HTML and CSS before compression, fonts excluded. */
const BUDGET_BYTES = 25 * 1000;
const root = process.cwd();
const tmp = mkdtempSync(path.join(os.tmpdir(), "newsroom-quality-"));
const out = path.join(tmp, "_site");
const read = (f: string) => readFileSync(path.join(out, f), "utf8");
/** The public pages: not Pagefind's, not the editing desk (/admin/, tests/admin/). */
const htmlFiles = () => readdirSync(out, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html") && !f.startsWith("pagefind") && !f.startsWith("admin"));

test.before(async () => {
  process.env.SOURCE_DATE_EPOCH = "1790000000";
  await buildSite({ root, outDir: out });
  delete process.env.SOURCE_DATE_EPOCH;
});
test.after(() => rmSync(tmp, { recursive: true, force: true }));

test("budget :: every release page of the sample site is at most 25 KB of HTML + CSS", () => {
  const releases = readdirSync(path.join(out, "releases"));
  assert.ok(releases.length >= 12);
  for (const code of releases) {
    // Every stylesheet the page links, not only the first.
    const html = read(`releases/${code}/index.html`);
    const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1] as string);
    assert.is(sheets.length, 1, `/releases/${code}/ links ${sheets.join(", ")}`);
    const cssBytes = sheets.reduce((sum, css) => sum + statSync(path.join(out, css)).size, 0);
    const total = statSync(path.join(out, "releases", code, "index.html")).size + cssBytes;
    assert.ok(total <= BUDGET_BYTES, `/releases/${code}/ weighs ${total} bytes (CSS ${cssBytes})`);
  }
});

test("javascript :: none except the external copy-link file, and the search page's own", () => {
  for (const f of htmlFiles()) {
    const scripts = [...read(f).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    for (const [, attrs = "", body = ""] of scripts) {
      if (/type="application\/ld\+json"/.test(attrs)) continue; // data, never executed
      assert.is(body.trim(), "", `${f}: inline script`);
      const src = (/src="([^"]+)"/.exec(attrs) ?? [])[1];
      const allowed = f === "search/index.html" ? ["/pagefind/pagefind-ui.js", "/assets/js/search.js"] : ["/assets/js/copy-link.js"];
      assert.ok(src && allowed.includes(src), `${f}: ${src}`);
    }
  }
});

test("metadata :: canonical, description, OpenGraph and X card on every page", () => {
  for (const f of htmlFiles()) {
    const html = read(f);
    if (f !== "404.html") assert.match(html, /<link rel="canonical" href="https:\/\/news\.fars-labour\.example\.ir\//, f);
    assert.match(html, /<meta name="description" content="[^"]{20,}">/, f);
    for (const tag of ['property="og:title"', 'property="og:description"', 'property="og:url"', 'name="twitter:card"']) assert.ok(html.includes(tag), `${f}: ${tag}`);
  }
});

test("metadata :: a release with an image: og:image 1200 px and JSON-LD NewsArticle", () => {
  const html = read("releases/12/index.html");
  assert.match(html, /<meta property="og:image" content="https:\/\/news\.fars-labour\.example\.ir\/img\/[\w-]+-1200\.jpeg">/);
  assert.ok(html.includes('<meta property="og:image:width" content="1200">'));
  assert.ok(html.includes('<meta name="twitter:card" content="summary_large_image">'));
  const ld = JSON.parse((/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html) ?? [])[1] ?? "{}");
  assert.is(ld["@type"], "NewsArticle");
  assert.is(ld.datePublished, "2025-09-16T10:30:00+03:30");
  assert.is(ld.publisher["@type"], "GovernmentOrganization");
});

test("images :: AVIF and WebP with a JPEG fallback, several widths, width and height set", () => {
  const picture = (/<picture>[\s\S]*?<\/picture>/.exec(read("releases/12/index.html")) ?? [""])[0];
  assert.match(picture, /<source type="image\/avif" srcset="\/img\/[\w-]+-400\.avif 400w, \/img\/[\w-]+-800\.avif 800w, \/img\/[\w-]+-1200\.avif 1200w"/);
  assert.match(picture, /<source type="image\/webp"/);
  assert.match(picture, /<img src="\/img\/[\w-]+-400\.jpeg" alt="[^"]+" loading="eager" decoding="async" width="1200" height="675" srcset="\/img\/[\w-]+-400\.jpeg 400w, /);
});

test("pictures :: the home page leads with the newest release that has an image; cards show a thumbnail, width and height set", () => {
  const home = read("index.html");
  const first = home.indexOf('<article class="card');
  assert.is(home.indexOf('<article class="card card-featured">'), first, "the lead story comes first");
  const featured = home.slice(first, home.indexOf("</article>", first));
  assert.ok(featured.includes('<a href="/releases/12/">'));
  assert.match(featured, /<img src="\/img\/[^"]+-400\.jpeg" alt="طرح گرافیکی[^"]+" loading="eager" decoding="async" width="1200" height="675"/);
  assert.is(home.split('<a href="/releases/12/">').length - 1, 1, "the lead story is not repeated in the list");
  const topic = read("topics/cooperatives/index.html");
  assert.match(topic, /<article class="card card-thumbed">\s*<div class="card-image"><picture><source type="image\/avif" srcset="\/img\/[^"]+-400\.avif 400w" sizes="8rem">/);
  assert.match(topic, /<img alt="" loading="lazy" decoding="async" src="\/img\/[^"]+-400\.jpeg" width="400" height="225">/);
  assert.not.ok(read("topics/employment/index.html").includes("card-featured"), "only the home page has a lead story");
});

test("contact :: once per page; phone in Persian digits, writer's order, tel: link international", () => {
  const release = read("releases/10/index.html");
  assert.is(release.split('<address class="contact">').length - 1, 1);
  assert.ok(release.includes('<a href="tel:+987132000000" dir="ltr">+۹۸\u00a0۷۱\u00a0۳۲۰۰\u00a0۰۰۰۰</a>'));
  const about = read("about/index.html");
  assert.is(about.split("شیراز، بلوار نمونه").length - 1, 1, "the address once on /about/");
  assert.is(about.split('<address class="contact">').length - 1, 1);
  assert.is(about.split('<ul class="channels">').length - 1, 1);
});

test("attachments :: Persian type name and size", () => {
  const html = read("releases/10/index.html");
  assert.match(html, /<a class="download" href="\/releases\/10\/heat-circular\.pdf"><span class="download-title">[^<]+<\/span> <span class="file-info">دریافت <bdi>پی\u200cدی\u200cاف<\/bdi>، <bdi>[۰-۹٫]+ کیلوبایت<\/bdi><\/span><\/a>/);
  // Printed, the attachment's address goes with it.
  assert.ok(html.includes('<span class="print-only" dir="ltr">https://news.fars-labour.example.ir/releases/10/heat-circular.pdf</span>'));
});

test("sharing :: plain messenger links and a copy button that degrades to a visible URL", () => {
  const html = read("releases/12/index.html");
  for (const host of ["https://eitaa.com/share/url?", "https://ble.ir/share/url?", "https://t.me/share/url?", "https://wa.me/?text=", "https://x.com/intent/post?"]) {
    assert.ok(html.includes(`href="${host}`), host);
  }
  assert.ok(html.includes('<input id="share-url" type="url" value="https://news.fars-labour.example.ir/releases/12/" readonly dir="ltr">'));
  assert.ok(html.includes('<button type="button" class="copy-link" data-copy="share-url" hidden>کپی نشانی</button>'));
  assert.ok(html.includes('<p class="print-only">نشانی خبر: <span dir="ltr">https://news.fars-labour.example.ir/releases/12/</span> — کد خبر: ۱۲</p>'));
});

test("fonts :: only the Vazirmatn arabic and latin subsets, swap, arabic preloaded", () => {
  assert.equal(readdirSync(path.join(out, "assets/fonts")).sort(), ["vazirmatn-arabic.woff2", "vazirmatn-latin.woff2"]);
  assert.ok(read("index.html").includes('<link rel="preload" href="/assets/fonts/vazirmatn-arabic.woff2" as="font" type="font/woff2" crossorigin>'));
  const css = (/<link rel="stylesheet" href="\/([^"]+)">/.exec(read("index.html")) ?? [])[1] as string;
  assert.is(read(css).match(/font-display:swap/g)?.length, 2);
});

test("identity :: favicon set, manifest and the mark in every page's head and header", () => {
  for (const f of htmlFiles()) {
    const html = read(f);
    assert.ok(html.includes('<link rel="icon" href="/favicon.svg" type="image/svg+xml">\n<link rel="apple-touch-icon" href="/apple-touch-icon.png">\n<link rel="manifest" href="/site.webmanifest">'), f);
    assert.ok(html.includes('<img class="brand-mark" src="/assets/img/mark.svg" alt="" width="48" height="48">'), f);
  }
  for (const f of ["favicon.ico", "favicon.svg", "apple-touch-icon.png", "icon-192.png", "icon-512.png", "site.webmanifest", "assets/img/mark.svg"]) assert.ok(existsSync(path.join(out, f)), f);
});

test("sitemap and robots :: published with the site", () => {
  assert.match(read("robots.txt"), /Sitemap: https:\/\/news\.fars-labour\.example\.ir\/sitemap\.xml/);
  assert.ok(read("sitemap.xml").includes("<loc>https://news.fars-labour.example.ir/releases/12/</loc>"));
});

test("precompressed :: every page, feed and stylesheet has a .gz that unpacks to exactly its bytes", () => {
  const files = readdirSync(out, { recursive: true, encoding: "utf8" }).filter((f) => /\.(?:html|xml|json|css|js|txt)$/.test(f));
  assert.ok(files.length > 80);
  for (const f of files) {
    const gz = path.join(out, `${f}.gz`);
    if (!existsSync(gz)) continue; // gzip would not have made it smaller
    assert.ok(gunzipSync(readFileSync(gz)).equals(readFileSync(path.join(out, f))), f);
  }
  for (const f of ["index.html", "releases/12/index.html", "feed.xml", "sitemap.xml"]) assert.ok(existsSync(path.join(out, `${f}.gz`)), f);
});

test.run();
