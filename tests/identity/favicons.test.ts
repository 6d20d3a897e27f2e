import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readSite } from "../../src/content/site.ts";
import { ContentError } from "../../src/content/problem.ts";
import { icoFromPngs, markFile, markUrl, webManifest, writeFavicons } from "../../src/identity/favicons.ts";

const root = process.cwd();
const site = readSite(path.join(root, "_data"));
const tmp = mkdtempSync(path.join(os.tmpdir(), "newsroom-favicons-"));
test.after(() => rmSync(tmp, { recursive: true, force: true }));

test("icoFromPngs :: ICONDIR header, one entry per image, PNG data at the stated offsets", () => {
  const a = Buffer.from("\x89PNGaaaa", "latin1");
  const b = Buffer.from("\x89PNGbbbbbb", "latin1");
  const ico = icoFromPngs([{ size: 16, png: a }, { size: 256, png: b }]);
  assert.equal([...ico.subarray(0, 6)], [0, 0, 1, 0, 2, 0]);
  assert.is(ico.readUInt8(6), 16);
  assert.is(ico.readUInt8(6 + 16), 0, "256 px is written as 0");
  assert.is(ico.readUInt32LE(6 + 8), a.length);
  const offB = ico.readUInt32LE(6 + 16 + 12);
  assert.is(ico.subarray(offB).toString("latin1"), "\x89PNGbbbbbb");
});

test("writeFavicons :: the set from the placeholder mark, at their sizes, and a Persian RTL manifest", async () => {
  const out = path.join(tmp, "site");
  await writeFavicons(root, site, out);
  for (const [file, size] of [["apple-touch-icon.png", 180], ["icon-192.png", 192], ["icon-512.png", 512]] as const) {
    const meta = await sharp(path.join(out, file)).metadata();
    assert.equal([meta.format, meta.width, meta.height], ["png", size, size], file);
  }
  assert.is((await sharp(path.join(out, "apple-touch-icon.png")).metadata()).hasAlpha, false, "iOS icon is opaque");
  const ico = readFileSync(path.join(out, "favicon.ico"));
  assert.equal([ico.readUInt16LE(2), ico.readUInt16LE(4), ico.readUInt8(6), ico.readUInt8(22)], [1, 2, 16, 32]);
  assert.ok(readFileSync(path.join(out, "favicon.svg"), "utf8").startsWith("<svg"));
  assert.ok(readFileSync(path.join(out, "assets/img/mark.svg"), "utf8").startsWith("<svg"));
  const manifest = JSON.parse(readFileSync(path.join(out, "site.webmanifest"), "utf8"));
  assert.equal([manifest.name, manifest.short_name, manifest.lang, manifest.dir, manifest.theme_color], [site.title, site.shortTitle, "fa", "rtl", "#0b5d3b"]);
  assert.equal(manifest.icons.map((i: { sizes: string }) => i.sizes), ["192x192", "512x512", "any"]);
});

test("writeFavicons :: a PNG emblem works too (no favicon.svg in the manifest)", async () => {
  const dir = path.join(tmp, "png-root");
  mkdirSync(path.join(dir, "media"), { recursive: true });
  writeFileSync(path.join(dir, "media/emblem.png"), await sharp({ create: { width: 300, height: 200, channels: 4, background: "#336699" } }).png().toBuffer());
  const pngSite = { ...site, identity: { mark: "media/emblem.png", themeColor: "#336699" } };
  await writeFavicons(dir, pngSite, path.join(dir, "out"));
  assert.equal((await sharp(path.join(dir, "out/icon-192.png")).metadata()).width, 192);
  assert.not.ok(webManifest(pngSite).includes("favicon.svg"));
  assert.ok(readFileSync(path.join(dir, "out/assets/img/mark.png")).subarray(1, 4).toString() === "PNG", "the mark at markUrl");
  assert.is(markUrl("media/emblem.PNG"), "/assets/img/mark.png");
});

test("markFile :: a missing file, a path outside the project or another type names site.json and the field", () => {
  for (const mark of ["_data/brand/missing.svg", "_data/site.json", "../package.svg", "_data/../../x.svg", "/etc/mark.svg", "_data/brand/mark.gif", ""]) {
    try {
      markFile(root, { ...site, identity: { ...site.identity, mark } });
      assert.unreachable(mark);
    } catch (err) {
      assert.instance(err, ContentError, mark);
      assert.match((err as Error).message, /_data\/site\.json: identity\.mark: .*باید مسیر پرونده\u200cای SVG یا PNG در پروژه باشد که وجود دارد/);
      assert.match((err as Error).message, /must be the path of an existing SVG or PNG file in the project/);
    }
  }
});

test.run();
