import { appendFileSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadReleases, type LoadResult } from "../../src/content/load-releases.ts";
import { ParseCache } from "../../src/content/parse-cache.ts";
import { formatProblem } from "../../src/content/problem.ts";

const repo = process.cwd();
const tmp = mkdtempSync(path.join(os.tmpdir(), "newsroom-parse-cache-"));
const root = path.join(tmp, "site");
const releasesDir = path.join(root, "releases");
const mediaDir = path.join(root, "media");
const cacheDir = path.join(tmp, "cache");
const kinds = path.join(repo, "tests/fixtures/hostile/allowed-kinds/releases");
const at = (f: string) => path.join(releasesDir, f);

const NOT_FOUND = {
  fa: "پرونده پیدا نشد؛ پرونده را کنار پروندهٔ خبر یا در پوشهٔ media بگذارید و نام را درست بنویسید",
  en: "file not found; put the file beside the release file or in media/ and check the name",
};

/** A release with an image, an attachment beside it, one in media/ and a body link into media/. */
const WITH_FILES = `---
code: 1
title: بازدید مدیرکل از تعاونی‌های شهرستان
lead: مدیرکل تعاون، کار و رفاه اجتماعی فارس از تعاونی‌های تولیدی شهرستان بازدید کرد و در جریان کار آن‌ها قرار گرفت.
date: 1404-06-25 10:01
topics: [cooperatives]
image:
  src: ./a.jpg
  alt: نمای تعاونی تولیدی شهرستان
attachments:
  - src: ./a.pdf
    title: گزارش بازدید
  - src: /media/1404/آمار.csv
    title: آمار تعاونی‌ها
---
متن کامل [بخشنامه](/media/1404/بخشنامه.pdf) را بخوانید.
`;

function write(file: string, text: string) {
  mkdirSync(path.dirname(at(file)), { recursive: true });
  writeFileSync(at(file), text);
}

function setUp() {
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(path.join(mediaDir, "1404"), { recursive: true });
  write("1404/0001-files.md", WITH_FILES);
  copyFileSync(path.join(kinds, "a.jpg"), at("1404/a.jpg"));
  copyFileSync(path.join(kinds, "a.pdf"), at("1404/a.pdf"));
  copyFileSync(path.join(kinds, "a.csv"), path.join(mediaDir, "1404/آمار.csv"));
  copyFileSync(path.join(kinds, "a.pdf"), path.join(mediaDir, "1404/بخشنامه.pdf"));
  write("1404/0002-corrected.md", readFileSync(path.join(repo, "tests/fixtures/valid/feeds/0002-corrected.md"), "utf8"));
  write("1401/0003-dst.md", readFileSync(path.join(repo, "tests/fixtures/reader/dst-gap/0001-pool.md"), "utf8").replace("code: 1", "code: 3"));
  write("1404/0004-withdrawn.md", readFileSync(path.join(repo, "tests/fixtures/valid/feeds/0004-withdrawn.md"), "utf8"));
}

const options = { root, releasesDir, mediaDir, dataDir: path.join(repo, "_data") };
const cold = () => loadReleases(options);
/** A load through the cache in `cacheDir` (a fresh instance, as each build makes). */
function warm(dir = cacheDir): { result: LoadResult; cache: ParseCache } {
  const cache = new ParseCache(dir);
  return { result: loadReleases({ ...options, parseCache: cache }), cache };
}

/** The warm load is the cold one: releases (dates too), problems in order, file hashes. */
function assertSame(a: LoadResult, b: LoadResult) {
  assert.equal(a.releases, b.releases);
  assert.equal(a.problems, b.problems);
  assert.equal([...a.hashes], [...b.hashes]);
  assert.equal(a.releases.map((r) => [r.date.toISO(), r.date.zoneName, ...r.updates.map((u) => u.date.toISO())]),
    b.releases.map((r) => [r.date.toISO(), r.date.zoneName, ...r.updates.map((u) => u.date.toISO())]));
}

const shards = () => readdirSync(path.join(cacheDir, "releases")).map((f) => path.join(cacheDir, "releases", f));

test.before.each(setUp);
test.after(() => rmSync(tmp, { recursive: true, force: true }));

test("parse cache :: a warm load gives exactly the releases and warnings of a cold load, without parsing", () => {
  const first = warm();
  assert.is(first.cache.stats.hits, 0);
  assert.is(first.cache.stats.stored, 4);
  const second = warm();
  assert.is(second.cache.stats.hits, 4, "every file came from the cache");
  assert.is(second.cache.stats.stored, 0);
  const expected = cold();
  assert.is(expected.releases.length, 4);
  assertSame(second.result, expected);
  // The DST warning of a valid file is kept with it, word for word.
  assert.equal(second.result.problems.map(formatProblem), [
    "releases/1401/0003-dst.md: date: «1401-01-02 00:30» ساعت 00:30 آن روز در تهران وجود نداشت (ساعت رسمی در آن شب یک ساعت جلو کشیده شد) و 01:30 خوانده شد؛ اگر ساعت دیگری منظور است آن را درست کنید\n" +
      "    «1401-01-02 00:30» 00:30 never existed in Tehran that day (clocks moved forward an hour that night); it is read as 01:30; correct the time if another was meant",
  ]);
  const files = second.result.releases.find((r) => r.code === 1);
  assert.equal(files?.attachments.map((a) => [a.url, a.bytes]), [
    ["/releases/1/a.pdf", readFileSync(at("1404/a.pdf")).length],
    ["/media/1404/%D8%A2%D9%85%D8%A7%D8%B1.csv", readFileSync(path.join(mediaDir, "1404/آمار.csv")).length],
  ]);
  assert.equal(files?.bodyMedia, [{ publishPath: "/media/1404/بخشنامه.pdf", sourcePath: path.join(mediaDir, "1404/بخشنامه.pdf") }]);
});

test("parse cache :: without a folder it lives in memory, for the next load of the same process (npm start)", () => {
  const cache = new ParseCache();
  loadReleases({ ...options, parseCache: cache });
  write("1404/0002-corrected.md", readFileSync(at("1404/0002-corrected.md"), "utf8").replace("۳ هزار فرصت", "۴ هزار فرصت"));
  const again = loadReleases({ ...options, parseCache: cache });
  assert.is(cache.stats.hits, 3);
  assert.is(cache.stats.stored, 1);
  assertSame(again, cold());
  assert.ok(again.releases.find((r) => r.code === 2)?.title.includes("۴ هزار فرصت"));
});

test("parse cache :: an edited file is parsed again; a deleted one is dropped from the cache", () => {
  warm();
  const file = at("1404/0004-withdrawn.md");
  write("1404/0004-withdrawn.md", readFileSync(file, "utf8").replace("رقم تسهیلات نادرست", "رقم وام نادرست"));
  const edited = warm();
  assert.is(edited.cache.stats.hits, 3);
  assertSame(edited.result, cold());
  assert.ok(edited.result.releases.find((r) => r.code === 4)?.withdrawn?.reason.startsWith("رقم وام نادرست"));

  unlinkSync(at("1404/0002-corrected.md"));
  const sizes = () => shards().reduce((n, f) => n + readFileSync(f).length, 0);
  const before = sizes();
  const deleted = warm();
  assertSame(deleted.result, cold());
  assert.ok(sizes() < before, "the deleted file's entry is gone from the cache");
  assert.is(warm().cache.stats.hits, 3);
});

test("parse cache :: a named file that changed is checked again: new size, wrong content, missing", () => {
  warm();
  // A bigger media file: the release is parsed again and says the new size.
  appendFileSync(path.join(mediaDir, "1404/آمار.csv"), "\n4,5,6\n");
  const grown = warm();
  assert.is(grown.cache.stats.hits, 3);
  assertSame(grown.result, cold());
  assert.is(grown.result.releases.find((r) => r.code === 1)?.attachments[1]?.bytes, readFileSync(path.join(mediaDir, "1404/آمار.csv")).length);

  // An attachment replaced by a web page: the same error as without a cache.
  writeFileSync(at("1404/a.pdf"), "<!doctype html><script>alert(1)</script>");
  const html = warm();
  const expected = cold();
  assertSame(html.result, expected);
  assert.equal(html.result.problems.filter((p) => p.severity === "error").map((p) => [p.file, p.field, p.found, p.en]), [
    ["releases/1404/0001-files.md", "attachments[1].src", "./a.pdf", expected.problems.find((p) => p.severity === "error")?.en],
  ]);
  assert.ok(html.result.problems.some((p) => p.en.startsWith("the file's content (unknown type) is not allowed; allowed attachment types: PDF, Word (DOCX)")));
  assert.not.ok(html.result.releases.some((r) => r.code === 1));

  // The body's media file deleted: "file not found" on the body, exactly as a cold load says.
  copyFileSync(path.join(kinds, "a.pdf"), at("1404/a.pdf"));
  unlinkSync(path.join(mediaDir, "1404/بخشنامه.pdf"));
  const missing = warm();
  assertSame(missing.result, cold());
  const error = missing.result.problems.find((p) => p.severity === "error");
  assert.equal(error, { file: "releases/1404/0001-files.md", field: "body", found: "/media/1404/بخشنامه.pdf", severity: "error", ...NOT_FOUND });
});

test("parse cache :: the image file is checked again too (regression: an image swapped for another kind)", () => {
  warm();
  copyFileSync(path.join(kinds, "a.png"), at("1404/a.jpg"));
  const swapped = warm();
  assertSame(swapped.result, cold());
  const error = swapped.result.problems.find((p) => p.severity === "error");
  assert.is(error?.field, "image.src");
  assert.is(error?.en, "the file is PNG but its name ends in “.jpg”; rename it to .png");
});

test("parse cache :: a file with errors is never kept, and says the same thing every time", () => {
  write("1404/0005-broken.md", readFileSync(at("1404/0002-corrected.md"), "utf8").replace("code: 2", "code: 5").replace("employment, skills-training", "employmnt"));
  const expected = cold();
  const error = {
    file: "releases/1404/0005-broken.md", field: "topics[1]", found: "employmnt", severity: "error",
    fa: "موضوع ناشناخته است؛ یکی از کلیدهای _data/topics.json را بنویسید. شاید منظورتان «employment» است.",
    en: "is not a known topic; use a key of _data/topics.json. Did you mean “employment”?",
  };
  assert.equal(expected.problems.filter((p) => p.severity === "error"), [error]);
  for (let i = 0; i < 2; i++) {
    const run = warm();
    assert.is(run.cache.stats.stored, i === 0 ? 4 : 0, "the broken file is not kept");
    assertSame(run.result, expected);
  }
  // Fixed, it loads, and is kept from then on.
  write("1404/0005-broken.md", readFileSync(at("1404/0005-broken.md"), "utf8").replace("employmnt", "employment"));
  assert.is(warm().result.releases.length, 5);
  assert.is(warm().cache.stats.hits, 5);
});

test("parse cache :: a kept file whose code another file takes gets the duplicate error of a cold load", () => {
  warm();
  write("1404/0002-copy.md", readFileSync(at("1404/0002-corrected.md"), "utf8"));
  const run = warm();
  assert.is(run.cache.stats.hits, 4);
  assertSame(run.result, cold());
  assert.equal(run.result.problems.filter((p) => p.severity === "error").map((p) => [p.file, p.field, p.en]), [
    ["releases/1404/0002-corrected.md", "code", "this code is already used by releases/1404/0002-copy.md; codes are unique: use the next free code"],
  ]);
});

test("parse cache :: corrupted, truncated or empty cache files are ignored and rewritten", () => {
  warm();
  const files = shards();
  assert.ok(files.length >= 3, `${files.length} shards`);
  const [a, b, c] = files as [string, string, string];
  const bytes = readFileSync(a);
  bytes[bytes.length - 10] = (bytes[bytes.length - 10] ?? 0) ^ 0xff;
  writeFileSync(a, bytes);
  writeFileSync(b, readFileSync(b).subarray(0, 100));
  writeFileSync(c, "");
  const run = warm();
  assertSame(run.result, cold());
  assert.ok(run.cache.stats.hits < 4 && run.cache.stats.stored === 4 - run.cache.stats.hits, JSON.stringify(run.cache.stats));
  assert.is(warm().cache.stats.hits, 4, "rewritten whole");
});

test("parse cache :: an entry whose key matches but whose content was changed is not used", () => {
  warm();
  const title = "خبر نادرست دربارهٔ تسهیلات اشتغال روستایی";
  const forged = title.replace("نادرست", "درستتت");
  assert.is(forged.length, title.length);
  const shard = shards().find((f) => readFileSync(f).includes(Buffer.from(title, "utf16le")));
  assert.ok(shard, "the title is stored as v8 writes it (UTF-16)");
  writeFileSync(shard, Buffer.from(readFileSync(shard).toString("latin1").replace(Buffer.from(title, "utf16le").toString("latin1"), Buffer.from(forged, "utf16le").toString("latin1")), "latin1"));
  assert.ok(readFileSync(shard).includes(Buffer.from(forged, "utf16le")), "the entry was changed in place");
  const run = warm();
  assertSame(run.result, cold());
  assert.is(run.result.releases.find((r) => r.code === 4)?.title, title);
});

test("parse cache :: regression: an entry forged with a valid digest cannot publish a file outside the release's checks", () => {
  warm();
  const secret = path.join(tmp, "secret.pdf");
  copyFileSync(path.join(kinds, "a.pdf"), secret);
  let forged = 0;
  for (const file of shards()) {
    const bytes = readFileSync(file);
    const shard = deserialize(bytes.subarray(32)) as { entries: [string, string, Uint8Array][] };
    for (const entry of shard.entries) {
      if (entry[0] !== "releases/1404/0001-files.md") continue;
      const parsed = deserialize(entry[2]) as { release: { attachments: { sourcePath: string }[] } };
      (parsed.release.attachments[0] as { sourcePath: string }).sourcePath = secret;
      entry[2] = serialize(parsed);
      forged++;
    }
    const body = serialize(shard);
    writeFileSync(file, Buffer.concat([createHash("sha256").update(body).digest(), body]));
  }
  assert.is(forged, 1);
  const run = warm();
  assert.is(run.cache.stats.hits, 3, "the forged entry is not used");
  assertSame(run.result, cold());
  assert.is(run.result.releases.find((r) => r.code === 1)?.attachments[0]?.sourcePath, at("1404/a.pdf"));
});

test("parse cache :: a cache made for another project folder is not used there", () => {
  warm();
  const other = path.join(tmp, "other");
  cpSync(root, other, { recursive: true });
  const cache = new ParseCache(cacheDir);
  const run = loadReleases({ root: other, releasesDir: path.join(other, "releases"), mediaDir: path.join(other, "media"), dataDir: options.dataDir, parseCache: cache });
  assert.is(cache.stats.hits, 0);
  assert.equal(run.releases.map((r) => r.attachments.map((a) => a.sourcePath)),
    loadReleases({ root: other, releasesDir: path.join(other, "releases"), mediaDir: path.join(other, "media"), dataDir: options.dataDir }).releases.map((r) => r.attachments.map((a) => a.sourcePath)));
  assert.ok(run.releases.find((r) => r.code === 1)?.attachments[0]?.sourcePath.startsWith(other));
});

test.run();
