import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { LOCK_FILE, withBuildLock } from "../../src/build/build-lock.ts";
import { openBuildCache } from "../../src/build/cache.ts";
import { buildSiteIfChanged } from "../../src/build/unchanged.ts";

const root = process.cwd();
const tmp = mkdtempSync(path.join(os.tmpdir(), "newsroom-lock-"));
test.after(() => rmSync(tmp, { recursive: true, force: true }));

/** The pid of a process that has already exited. */
function deadPid(): number {
  const run = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(run.stdout);
}

test("build lock :: a second holder waits for the first; the two never overlap; the lock is gone after", async () => {
  const base = path.join(tmp, "serial");
  const events: string[] = [];
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const first = withBuildLock(base, async () => {
    events.push("first start");
    await gate;
    events.push("first end");
    return 1;
  });
  const second = withBuildLock(base, async () => {
    events.push("second start");
    return 2;
  });
  // Poll, with a generous deadline, until the second has had many chances to start.
  const deadline = Date.now() + 1500;
  while (Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  assert.equal(events, ["first start"], "the second did not start while the first held the lock");
  release();
  assert.equal(await Promise.all([first, second]), [1, 2]);
  assert.equal(events, ["first start", "first end", "second start"]);
  assert.not.ok(existsSync(path.join(base, LOCK_FILE)));
});

test("build lock :: the lock of a build that was killed is taken over", async () => {
  const base = path.join(tmp, "stale");
  mkdirSync(base, { recursive: true });
  writeFileSync(path.join(base, LOCK_FILE), `${deadPid()}\n`);
  assert.is(await withBuildLock(base, async () => readFileSync(path.join(base, LOCK_FILE), "utf8")), `${process.pid}\n`);
});

test("build lock :: a build still running past the wait gives up with the bilingual message", async () => {
  const base = path.join(tmp, "busy");
  mkdirSync(base, { recursive: true });
  const alive = process.ppid; // our parent: alive, and not us
  writeFileSync(path.join(base, LOCK_FILE), `${alive}\n`);
  try {
    await withBuildLock(base, async () => assert.unreachable("must not run"), 0);
    assert.unreachable("should have thrown");
  } catch (err) {
    assert.is((err as Error).message, `ساخت دیگری (فرایند ${alive}) با همین پوشهٔ ${path.relative(root, base)} در حال اجراست — another build (process ${alive}) is using ${base}; پس از پایان آن دوباره بسازید — build again when it has finished`);
  }
  assert.is(readFileSync(path.join(base, LOCK_FILE), "utf8"), `${alive}\n`, "another build's lock is left alone");
});

test("build lock :: opening the cache (which deletes other versions' folders) keeps the lock", async () => {
  const base = path.join(tmp, "open");
  mkdirSync(path.join(base, "old-version"), { recursive: true });
  await withBuildLock(base, async () => {
    await openBuildCache(base, root, path.join(root, "_data"));
    assert.ok(existsSync(path.join(base, LOCK_FILE)));
    assert.not.ok(existsSync(path.join(base, "old-version")));
  });
});

test("build lock :: regression: two builds at once on one cache after a title edit both succeed, one after the other, and equal a cold build", async () => {
  const site = path.join(tmp, "site");
  const releasesDir = path.join(site, "releases");
  cpSync(path.join(root, "tests/fixtures/valid/basic"), releasesDir, { recursive: true });
  const options = (out: string, cache: string | false) => ({ root, releasesDir, outDir: path.join(site, out), cacheDir: cache === false ? false as const : path.join(site, cache) });
  // Put back what was there: suites run in one process, and some set it when imported.
  const epoch = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = String(Date.parse("2025-10-01T00:00:00Z") / 1000);
  try {
    await buildSiteIfChanged(options("_site", "cache"));
    const file = path.join(releasesDir, readdirSync(releasesDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".md")).sort()[0] as string);
    writeFileSync(file, readFileSync(file, "utf8").replace(/^title: (.*)$/m, "title: $1 ویرایش‌شده"));
    const both = await Promise.all([buildSiteIfChanged(options("_site", "cache")), buildSiteIfChanged(options("_site", "cache"))]);
    assert.equal(both.map((b) => b.skipped), [false, true], "the second waited, then found nothing to do");
    await buildSiteIfChanged(options("_cold", false));
    const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
    assert.equal(files(path.join(site, "_site")), files(path.join(site, "_cold")));
    for (const f of files(path.join(site, "_cold")).filter((f) => f.endsWith(".html"))) {
      assert.ok(readFileSync(path.join(site, "_site", f)).equals(readFileSync(path.join(site, "_cold", f))), f);
    }
  } finally {
    if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = epoch;
  }
});

test.run();
