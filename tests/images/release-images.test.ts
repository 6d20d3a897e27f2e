import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Release } from "../../src/content/release.ts";
import { processReleaseImages } from "../../src/images/release-images.ts";
import { gpsPhoto, hasGps } from "./gps-photo.ts";

const tmp = mkdtempSync(path.join(os.tmpdir(), "newsroom-images-"));
test.after(() => rmSync(tmp, { recursive: true, force: true }));

test("images :: regression: published renditions carry no EXIF or GPS of the original", async () => {
  const source = path.join(tmp, "photo.jpg");
  await gpsPhoto(source);
  const meta = await sharp(source).metadata();
  assert.ok(hasGps(meta.exif), "the fixture must carry GPS");
  assert.ok(readFileSync(source).includes("TestCam"));
  const release = { code: 7, file: "r.md", image: { url: "/releases/7/photo.jpg", publishPath: "/releases/7/photo.jpg", sourcePath: source, alt: "نما" } } as unknown as Release;
  const out = path.join(tmp, "_site");
  const images = await processReleaseImages([release], out, path.join(tmp, "cache"));
  const files = readdirSync(path.join(out, "img"));
  assert.is(files.length, 9, files.join(", ")); // 3 widths × AVIF, WebP, JPEG
  for (const f of files) {
    const bytes = readFileSync(path.join(out, "img", f));
    const m = await sharp(bytes).metadata();
    assert.is(m.exif, undefined, f);
    assert.not.ok(bytes.includes("TestCam"), f);
  }
  const og = images.get(7)?.og;
  assert.ok(og);
  assert.is(og.width, 1200);
  assert.is(og.bytes, readFileSync(path.join(out, og.url)).length);
});

test.run();
