import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync, cpSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "../../src/build/build-site.ts";
import { ContentError } from "../../src/content/problem.ts";

const root = process.cwd();
const fixtures = path.join(root, "tests/fixtures/valid/basic");
const tmp = mkdtempSync(path.join(os.tmpdir(), "newsroom-build-"));
const out = path.join(tmp, "_site");
process.env.SOURCE_DATE_EPOCH = String(Date.parse("2025-10-01T00:00:00Z") / 1000);

function read(file: string): string {
  return readFileSync(path.join(out, file), "utf8");
}

function hashTree(dir: string): string {
  const hash = createHash("sha256");
  for (const f of readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    const p = path.join(dir, f);
    hash.update(f);
    try { hash.update(readFileSync(p)); } catch { /* a folder */ }
  }
  return hash.digest("hex");
}

test.before(async () => {
  await buildSite({ root, outDir: out, releasesDir: fixtures });
});

test.after(() => {
  rmSync(tmp, { recursive: true, force: true });
  delete process.env.SOURCE_DATE_EPOCH;
});

test("build :: every page is Persian and right-to-left", () => {
  for (const file of ["index.html", "404.html", "releases/3/index.html"]) {
    assert.match(read(file), /^<!doctype html>\n<html lang="fa" dir="rtl">/, file);
  }
});

test("build :: a page for each published code, none for drafts or scheduled ones", () => {
  assert.equal(readdirSync(path.join(out, "releases")).sort(), ["1", "2", "3", "4"]);
});

test("build :: the release page holds kicker, title, lead, Jalali time, code, county and topics", () => {
  const html = read("releases/3/index.html");
  assert.ok(html.includes('<p class="kicker">مدیرکل تعاون، کار و رفاه اجتماعی فارس خبر داد</p>'));
  assert.ok(html.includes("<h1>بهسازی استخر کارگران کازرون آغاز شد</h1>"));
  assert.ok(html.includes('<p class="lead">عملیات بهسازی استخر مجموعهٔ ورزشی کارگران کازرون آغاز شد'));
  assert.ok(html.includes('<time datetime="2025-09-16T10:30:00+03:30">سه‌شنبه ۲۵ شهریور ۱۴۰۴ - ۱۰:۳۰</time>'));
  assert.ok(html.includes("<dt>کد خبر</dt><dd>۳</dd>"));
  assert.ok(html.includes('<dd><a href="/counties/kazerun/">کازرون</a></dd>'));
  assert.ok(html.includes('<a href="/topics/workers-facilities/">امکانات کارگری</a>، <a href="/topics/employment/">اشتغال</a>'));
  assert.ok(html.includes("انتهای پیام"));
  assert.ok(html.includes('<a href="mailto:pr@fars-labour.example.ir" dir="ltr">'));
  assert.not.ok(html.includes("<script>"), "raw HTML from the body must be escaped");
});

test("build :: the Nowruz edge renders in Tehran time", () => {
  assert.ok(read("releases/1/index.html").includes(">پنجشنبه ۳۰ اسفند ۱۴۰۳ - ۲۳:۵۹</time>"));
  assert.ok(read("releases/2/index.html").includes(">جمعه ۱ فروردین ۱۴۰۴ - ۰۰:۰۰</time>"));
});

test("build :: the home page lists newest first, the higher code first on equal times", () => {
  const home = read("index.html");
  const order = [...home.matchAll(/<a href="\/releases\/(\d+)\/">/g)].map((m) => Number(m[1]));
  assert.equal(order, [4, 3, 2, 1]);
});

test("build :: drafts and scheduled releases appear in no output byte", () => {
  for (const f of readdirSync(out, { recursive: true, encoding: "utf8" })) {
    if (!f.endsWith(".html")) continue;
    const html = read(f);
    for (const secret of ["زمان‌بندی‌شده", "پیش‌نویسی که نباید"]) assert.not.ok(html.includes(secret), `${f} leaks ${secret}`);
  }
});

test("build :: the archive groups by Jalali month in Tehran time (Nowruz edge)", () => {
  const codes = (file: string) => [...read(file).matchAll(/<h2 class="card-title"><a href="\/releases\/(\d+)\/">/g)].map((m) => Number(m[1]));
  assert.equal(codes("archive/1403/12/index.html"), [1]);
  assert.equal(codes("archive/1404/01/index.html"), [2]);
  assert.equal(codes("archive/1404/06/index.html"), [4, 3]);
  assert.ok(read("archive/index.html").includes('<a href="/archive/1404/">سال ۱۴۰۴</a> <span class="count">۳ خبر</span>'));
  assert.ok(read("archive/1404/index.html").includes('<a href="/archive/1404/06/">شهریور ۱۴۰۴</a> <span class="count">۲ خبر</span>'));
  assert.ok(read("archive/1404/index.html").includes('<a href="/archive/1404/01/">فروردین ۱۴۰۴</a> <span class="count">۱ خبر</span>'));
});

test("build :: the font and stylesheet are published", () => {
  assert.ok(existsSync(path.join(out, "assets/fonts/vazirmatn-arabic.woff2")));
  assert.ok(existsSync(path.join(out, "assets/fonts/vazirmatn-latin.woff2")));
  const css = readdirSync(path.join(out, "assets/css")).filter((f) => f.endsWith(".css")).sort();
  assert.is(css.length, 3, css.join(", "));
  assert.match(css[0] ?? "", /^listing\.[0-9a-f]{10}\.css$/);
  assert.is(css[1], "search.css");
  assert.match(css[2] ?? "", /^site\.[0-9a-f]{10}\.css$/);
  assert.ok(read("index.html").includes(`<link rel="stylesheet" href="/assets/css/${css[2]}">\n<link rel="stylesheet" href="/assets/css/${css[0]}">`));
  assert.match(read(`assets/css/${css[2]}`), /font-display:swap/);
});

test("build :: invalid content fails the build and leaves the previous output untouched", async () => {
  const before = hashTree(out);
  const broken = path.join(tmp, "broken");
  cpSync(fixtures, broken, { recursive: true });
  writeFileSync(path.join(broken, "1404/0007-bad.md"), "---\ncode: 7\ntitle: کوتاه\n---\n");
  try {
    await buildSite({ root, outDir: out, releasesDir: broken });
    assert.unreachable("the build should fail");
  } catch (err) {
    assert.instance(err, ContentError);
    assert.match((err as Error).message, /1404\/0007-bad\.md: title: «کوتاه»/);
  }
  assert.is(hashTree(out), before);
  assert.equal(readdirSync(tmp).sort(), ["_site", "broken"], "no staging folder is left behind");
});

test("build :: hostile: a missing releases folder fails the build; the previous output stays", async () => {
  const before = hashTree(out);
  const missing = path.join(root, "tests/fixtures/hostile/missing-releases/releases");
  try {
    await buildSite({ root, outDir: out, releasesDir: missing });
    assert.unreachable("the build should fail");
  } catch (err) {
    assert.instance(err, ContentError);
    assert.ok((err as Error).message.includes(
      "tests/fixtures/hostile/missing-releases/releases/: releases: پوشهٔ خبرها پیدا نشد؛ خبرها باید در پوشهٔ releases باشند. اگر پوشه تغییر نام داده، نام آن را برگردانید\n" +
      "    the releases folder does not exist; releases must be in the releases folder. If it was renamed, rename it back"), (err as Error).message);
  }
  assert.is(hashTree(out), before);
});

test("build :: hostile: releases given as a file, not a folder, fails the build", async () => {
  const file = path.join(tmp, "releases-file");
  writeFileSync(file, "not a folder");
  try {
    await buildSite({ root, outDir: out, releasesDir: file });
    assert.unreachable("the build should fail");
  } catch (err) {
    assert.match((err as Error).message, /: releases: پوشهٔ خبرها پوشه نیست؛[\s\S]*the releases folder is not a folder/);
  } finally {
    rmSync(file);
  }
});

test("build :: hostile: no release at all is refused unless allowEmpty (npm run build -- --allow-empty)", async () => {
  const before = hashTree(out);
  const empty = path.join(root, "tests/fixtures/hostile/empty-site/releases");
  try {
    await buildSite({ root, outDir: out, releasesDir: empty });
    assert.unreachable("the build should fail");
  } catch (err) {
    assert.instance(err, ContentError);
    assert.is((err as ContentError).problems.map((p) => `${p.file} ${p.field}: ${p.fa}\n${p.en}`).join(""),
      "tests/fixtures/hostile/empty-site/releases/ releases: هیچ خبری پیدا نشد و سایت خالی منتشر نمی‌شود؛ اگر سایت خالی را می‌خواهید، با npm run build -- --allow-empty بسازید\n" +
      "no release was found, and an empty site is never published by accident; if an empty site is intended, run npm run build -- --allow-empty");
  }
  assert.is(hashTree(out), before);
  const emptyOut = path.join(tmp, "empty-site");
  const result = await buildSite({ root, outDir: emptyOut, releasesDir: empty, allowEmpty: true });
  assert.is(result.newsroom.pages.length, 0);
  assert.ok(existsSync(path.join(emptyOut, "index.html")));
  rmSync(emptyOut, { recursive: true, force: true });
});

test.run();
