import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadNewsroom, NewsroomStore } from "../../src/content/store.ts";

const repo = process.cwd();
const tmp = mkdtempSync(path.join(os.tmpdir(), "newsroom-store-"));
const releasesDir = path.join(tmp, "releases");
const options = { root: repo, releasesDir, dataDir: path.join(repo, "_data") };
const pool = path.join(releasesDir, "1404/0003-pool.md");

test.before(() => {
  cpSync(path.join(repo, "tests/fixtures/valid/basic"), releasesDir, { recursive: true });
  process.env.SOURCE_DATE_EPOCH = String(Date.parse("2025-10-01T00:00:00Z") / 1000);
  // A build of an earlier suite in this process may have handed off a newsroom no Eleventy run took.
  new NewsroomStore(options).refresh();
});
test.after(() => {
  delete process.env.SOURCE_DATE_EPOCH;
  rmSync(tmp, { recursive: true, force: true });
});

test("NewsroomStore :: a watch rebuild through the kept parses equals a fresh load, edit included (npm start)", () => {
  const store = new NewsroomStore(options);
  const cacheFolder = path.join(tmp, "cache/v1");
  store.persistParses(() => cacheFolder);
  store.refresh();
  assert.ok(readdirSync(path.join(cacheFolder, "releases")).some((f) => f.endsWith(".bin")), "kept in the build cache folder");
  writeFileSync(pool, readFileSync(pool, "utf8").replace("آغاز شد.", "آغاز شد و تا پایان سال ادامه دارد."));
  const rebuilt = store.refresh(true);
  const fresh = loadNewsroom(options);
  assert.equal(rebuilt.pages, fresh.pages);
  assert.equal(rebuilt.listed, fresh.listed);
  assert.equal(rebuilt.scheduled, fresh.scheduled);
  assert.ok(rebuilt.pages.find((r) => r.code === 3)?.bodyHtml.includes("تا پایان سال ادامه دارد"));
  const again = rebuilt.render.releasePages.map((p) => p.release.code);
  assert.ok(again.includes(3) && again.length < fresh.releasePages.length, `pages rendered again: ${again.join(", ")}`);
  // A later store (the next `npm start`) reads them back.
  const next = new NewsroomStore({ ...options, cacheDir: cacheFolder });
  assert.equal(next.refresh().pages, fresh.pages);
});

test.run();
