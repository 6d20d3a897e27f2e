import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { forgetLastBuilds } from "../../src/build/last-build.ts";
import { buildSiteIfChanged, inputFingerprint } from "../../src/build/unchanged.ts";

const root = process.cwd();
const tmp = mkdtempSync(path.join(os.tmpdir(), "newsroom-unchanged-"));
const releasesDir = path.join(tmp, "releases");
const outDir = path.join(tmp, "_site");
const BEFORE = Date.parse("2025-10-01T00:00:00Z") / 1000;
/** After 1405-01-10 09:00 Tehran, when release 5 of the fixture is scheduled. */
const AFTER_SCHEDULED = Date.parse("2026-04-01T00:00:00Z") / 1000;

async function build(epoch: number) {
  process.env.SOURCE_DATE_EPOCH = String(epoch);
  try {
    return await buildSiteIfChanged({ root, outDir, releasesDir, cacheDir: path.join(tmp, "cache") });
  } finally {
    delete process.env.SOURCE_DATE_EPOCH;
  }
}

test.before(async () => {
  cpSync(path.join(root, "tests/fixtures/valid/basic"), releasesDir, { recursive: true });
  assert.is((await build(BEFORE)).skipped, false);
});

test.after(() => rmSync(tmp, { recursive: true, force: true }));

test("unchanged :: a second build with the same inputs writes nothing and keeps the summary", async () => {
  const page = statSync(path.join(outDir, "releases/3/index.html"));
  const built = await build(BEFORE + 900);
  assert.is(built.skipped, true);
  assert.is(statSync(path.join(outDir, "releases/3/index.html")).ino, page.ino, "the same file, not rewritten");
  assert.ok(built.summary[0]?.startsWith("منتشرشده: ۴ خبر"), built.summary[0]);
});

test("unchanged :: regression: a release folder reached through a symbolic link is still an input", () => {
  const fake = path.join(tmp, "fake-root");
  const real = path.join(tmp, "real-releases");
  mkdirSync(fake);
  cpSync(releasesDir, real, { recursive: true });
  symlinkSync(real, path.join(fake, "releases"));
  const options = { root: fake, outDir: path.join(fake, "_site") };
  const fingerprint = () => inputFingerprint(options, path.join(fake, "releases"), path.join(fake, "_data"), "v");
  const before = fingerprint();
  assert.is(fingerprint(), before, "stable");
  const file = path.join(real, "1404/0004-same-time.md");
  writeFileSync(file, readFileSync(file, "utf8").replace("تشکیل جلسه داد", "تشکیل جلسهٔ فوق‌العاده داد"));
  assert.is.not(fingerprint(), before, "an edit behind the link is seen");
});

test("unchanged :: an edited release is built", async () => {
  const file = path.join(releasesDir, "1404/0002-nowruz.md");
  writeFileSync(file, readFileSync(file, "utf8").replace("شادباش می‌گوییم", "شادباش و تبریک می‌گوییم"));
  assert.is((await build(BEFORE + 900)).skipped, false);
  assert.ok(readFileSync(path.join(outDir, "releases/2/index.html"), "utf8").includes("شادباش و تبریک"));
  assert.is((await build(BEFORE + 1800)).skipped, true);
});

test("unchanged :: a build after a scheduled release's time is built and shows it", async () => {
  assert.is((await build(AFTER_SCHEDULED)).skipped, false);
  assert.ok(statSync(path.join(outDir, "releases/5/index.html")).isFile());
});

test("unchanged :: the output restored with its times (a CI cache) is recognised; a changed one is not", async () => {
  const saved = path.join(tmp, "saved-site");
  cpSync(outDir, saved, { recursive: true, preserveTimestamps: true });
  rmSync(outDir, { recursive: true });
  cpSync(saved, outDir, { recursive: true, preserveTimestamps: true });
  assert.is((await build(AFTER_SCHEDULED + 900)).skipped, true);
  writeFileSync(path.join(outDir, "index.html"), "<!doctype html>broken");
  assert.is((await build(AFTER_SCHEDULED + 900)).skipped, false);
  assert.ok(readFileSync(path.join(outDir, "index.html"), "utf8").includes('dir="rtl"'));
});

test("unchanged :: regression: after the npm start server wrote into _site, the next build builds", async () => {
  assert.is((await build(AFTER_SCHEDULED + 900)).skipped, true);
  forgetLastBuilds(path.join(tmp, "cache")); // what the plugin does when Eleventy serves or watches
  assert.is((await build(AFTER_SCHEDULED + 900)).skipped, false);
});

test("unchanged :: an earlier now, or a deleted output, is built again", async () => {
  assert.is((await build(AFTER_SCHEDULED + 900)).skipped, true);
  assert.is((await build(BEFORE)).skipped, false, "time went back: release 5 must disappear");
  assert.not.ok(statSync(path.join(outDir, "releases/5"), { throwIfNoEntry: false }));
  rmSync(outDir, { recursive: true });
  assert.is((await build(BEFORE)).skipped, false);
  assert.ok(statSync(path.join(outDir, "index.html")).isFile());
});

test.run();
