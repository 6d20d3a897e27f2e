import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { gzipDeterministic, precompress } from "../../src/build/precompress.ts";

const tmp = mkdtempSync(path.join(os.tmpdir(), "newsroom-precompress-"));

/** Persian text long enough to compress, different per file. */
const text = (seed: string) => Array.from({ length: 200 }, (_, i) => `خبر ${seed} شمارهٔ ${i} دربارهٔ تعاونی‌ها و کارگران استان فارس`).join("\n");

const COMPRESSED = [
  "index.html", "releases/142/index.html", "assets/css/site.0123456789.css", "assets/js/search.js", "assets/js/module.mjs",
  "feed.xml", "topics/employment/atom.xml", "feed.json", "pagefind/pagefind-entry.json", "robots.txt", "media/logo.svg", "UPPER.HTML",
];
const LEFT_ALONE = [
  "assets/fonts/vazirmatn-arabic.woff2", "img/abc-400.avif", "img/abc-400.jpeg", "releases/142/circular.pdf",
  "pagefind/fragment/fa_0123456.pf_fragment", "pagefind/wasm.unknown.pagefind", "releases/142/data.csv", "README",
];

function makeSite(name: string): string {
  const dir = path.join(tmp, name);
  for (const f of [...COMPRESSED, ...LEFT_ALONE]) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), text(f));
  }
  writeFileSync(path.join(dir, "tiny.txt"), "x"); // gzip would be larger: no .gz
  return dir;
}

const gzFiles = (dir: string) =>
  (readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[]).filter((f) => f.endsWith(".gz")).map((f) => f.split(path.sep).join("/")).sort();

test.after(() => rmSync(tmp, { recursive: true, force: true }));

test("precompress :: a .gz beside HTML, CSS, JS, XML, JSON, TXT and SVG only", async () => {
  const dir = makeSite("types");
  const result = await precompress(dir);
  assert.equal(gzFiles(dir), COMPRESSED.map((f) => `${f}.gz`).sort());
  assert.is(result.written, COMPRESSED.length);
  assert.is(result.skipped, 1, "tiny.txt: gzip would not be smaller");
  assert.ok(result.bytesOut < result.bytesIn);
});

test("precompress :: every .gz gunzips to its original", async () => {
  const dir = makeSite("roundtrip");
  await precompress(dir);
  for (const f of COMPRESSED) {
    assert.equal(gunzipSync(readFileSync(path.join(dir, `${f}.gz`))), readFileSync(path.join(dir, f)), f);
  }
});

test("precompress :: deterministic: two runs, and two sites, give the same bytes", async () => {
  const a = makeSite("det-a");
  const b = makeSite("det-b");
  await precompress(a);
  const first = new Map(gzFiles(a).map((f) => [f, readFileSync(path.join(a, f))]));
  await precompress(a); // a second run over its own output: same .gz, no .gz.gz
  await precompress(b);
  assert.equal(gzFiles(a), [...first.keys()]);
  for (const [f, bytes] of first) {
    assert.equal(readFileSync(path.join(a, f)), bytes, `${f}: second run`);
    assert.equal(readFileSync(path.join(b, f)), bytes, `${f}: other site`);
  }
});

test("precompress :: the gzip header has no name, no mtime, a fixed OS byte", async () => {
  const gz = await gzipDeterministic(Buffer.from(text("header")));
  assert.equal([...gz.subarray(0, 4)], [0x1f, 0x8b, 8, 0], "deflate, no FNAME/FCOMMENT/FEXTRA/FHCRC flags");
  assert.is(gz.readUInt32LE(4), 0, "MTIME 0");
  assert.is(gz[8], 2, "XFL 2: best compression");
  assert.is(gz[9], 3, "OS 3 (Unix) on every platform");
  assert.equal(await gzipDeterministic(Buffer.from(text("header"))), gz);
});

test("precompress :: an empty or text-free folder is fine", async () => {
  const dir = path.join(tmp, "empty");
  mkdirSync(path.join(dir, "img"), { recursive: true });
  assert.equal(await precompress(dir), { written: 0, skipped: 0, bytesIn: 0, bytesOut: 0 });
});

test.run();
