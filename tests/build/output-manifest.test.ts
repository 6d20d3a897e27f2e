import { cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "../../src/build/build-site.ts";
import { forgetLastBuilds } from "../../src/build/last-build.ts";
import { checkOutput, manifestPath, manifestSignature, readManifest } from "../../src/build/output-manifest.ts";
import { outputSignature } from "../../src/build/unchanged.ts";

/*
 * Warm builds into the same output stage only what changed (src/build/output-manifest.ts,
 * swap.ts `swapChanges`): every file whose bytes did not change keeps its inode and time, the
 * result is byte-identical to a cold build, and an output touched by anything else is not trusted.
 */

const root = process.cwd();
const tmp = mkdtempSync(path.join(os.tmpdir(), "newsroom-manifest-"));
const releasesDir = path.join(tmp, "releases");
const cacheDir = path.join(tmp, "cache");
const outDir = path.join(tmp, "_site");
const BEFORE = Date.parse("2025-10-01T00:00:00Z") / 1000;

interface Seen { ino: bigint; mtimeNs: bigint; bytes: Buffer }

/** Every file of a tree: relative path → inode, modification time and bytes. */
function snapshot(dir: string): Map<string, Seen> {
  const files = new Map<string, Seen>();
  for (const f of (readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[]).sort()) {
    const p = path.join(dir, f);
    const st = lstatSync(p, { bigint: true });
    assert.not.ok(st.isSymbolicLink(), `${f}: no symbolic link in the output`);
    if (st.isFile()) files.set(f.split(path.sep).join("/"), { ino: st.ino, mtimeNs: st.mtimeNs, bytes: readFileSync(p) });
  }
  return files;
}

/** Folders of a tree, relative. */
function folders(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[])
    .filter((f) => statSync(path.join(dir, f)).isDirectory()).map((f) => f.split(path.sep).join("/")).sort();
}

async function build(out: string, cache: string | false) {
  process.env.SOURCE_DATE_EPOCH = String(BEFORE);
  try {
    return await buildSite({ root, outDir: out, releasesDir, cacheDir: cache });
  } finally {
    delete process.env.SOURCE_DATE_EPOCH;
  }
}

/** A cold build of the same input into `<step>-cold`: the warm output must equal it, file for file, folder for folder. */
async function assertEqualsCold(step: string): Promise<void> {
  const cold = path.join(tmp, `${step}-cold`);
  await build(cold, false);
  const a = snapshot(outDir);
  const b = snapshot(cold);
  assert.equal([...a.keys()], [...b.keys()], `${step}: the same files as a cold build`);
  for (const [f, seen] of a) assert.ok(seen.bytes.equals(b.get(f)?.bytes as Buffer), `${step}: ${f}: warm and cold bytes differ`);
  assert.equal(folders(outDir), folders(cold), `${step}: the same folders as a cold build`);
  rmSync(cold, { recursive: true, force: true });
}

/**
 * Build warm into the output after `change`; assert it staged only what changed: every file
 * whose bytes are the same as before keeps its inode and modification time.
 */
async function warmStep(step: string, change: () => void): Promise<{ before: Map<string, Seen>; after: Map<string, Seen> }> {
  const before = snapshot(outDir);
  change();
  const result = await build(outDir, cacheDir);
  assert.is(result.swapped?.full, false, `${step}: only the changes were staged`);
  const after = snapshot(outDir);
  let untouched = 0;
  for (const [f, now] of after) {
    const was = before.get(f);
    if (!was || !was.bytes.equals(now.bytes)) continue;
    assert.is(now.ino, was.ino, `${step}: ${f} has the same bytes and must keep its inode`);
    assert.is(now.mtimeNs, was.mtimeNs, `${step}: ${f} has the same bytes and must keep its time`);
    untouched++;
  }
  assert.ok(untouched > after.size / 2, `${step}: ${untouched} of ${after.size} files untouched`);
  assert.ok((result.swapped?.changed ?? Infinity) < after.size / 2, `${step}: ${result.swapped?.changed} files renamed in`);
  await assertEqualsCold(step);
  return { before, after };
}

const release = (name: string) => path.join(releasesDir, "1404", name);

test.before(async () => {
  cpSync(path.join(root, "tests/fixtures/valid/basic"), releasesDir, { recursive: true });
  const first = await build(outDir, cacheDir);
  assert.is(first.swapped?.full, true, "the first build stages everything");
});

test.after(() => rmSync(tmp, { recursive: true, force: true }));

test("output manifest :: the signature from the manifest equals a walk of the output (unchanged.ts)", async () => {
  const manifest = readManifest(manifestPath(path.join(cacheDir, readdirSync(cacheDir)[0] as string), outDir));
  assert.ok(manifest, "a manifest is written");
  assert.is(manifestSignature(manifest), await outputSignature(outDir));
});

test("output manifest :: after adding a release, only the changed files are replaced; equals cold", async () => {
  const { before, after } = await warmStep("add", () => writeFileSync(release("0007-added.md"), readFileSync(release("0002-nowruz.md"), "utf8")
    .replace("code: 2", "code: 7").replace("date: 2025-03-21 00:00", "date: 1404-07-01 09:00")
    .replace("پیام نوروزی مدیرکل", "پیام تازهٔ مدیرکل")));
  assert.ok(after.has("releases/7/index.html") && !before.has("releases/7/index.html"), "the new page is there");
  assert.is(after.get("releases/3/index.html")?.ino, before.get("releases/3/index.html")?.ino, "an unrelated release page is untouched");
  assert.not.ok(after.get("index.html")?.bytes.equals(before.get("index.html")?.bytes as Buffer), "the home page lists the new release");
});

test("output manifest :: after an edit of the kicker, the page changes and the search index is untouched", async () => {
  const { before, after } = await warmStep("edit", () => {
    const file = release("0003-pool.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("kicker: مدیرکل تعاون، کار و رفاه اجتماعی فارس خبر داد", "kicker: مدیرکل فارس در بازدید از کازرون گفت"));
  });
  assert.ok(after.get("releases/3/index.html")?.bytes.toString().includes("در بازدید از کازرون"));
  const index = [...before.keys()].filter((f) => f.startsWith("pagefind/"));
  assert.ok(index.length > 5, "the search index is in the output");
  for (const f of index) assert.is(after.get(f)?.ino, before.get(f)?.ino, `${f}: the search index (the same text) is not staged again`);
});

test("output manifest :: after a withdrawal, warm equals cold", async () => {
  const { after } = await warmStep("withdraw", () => {
    const file = release("0004-same-time.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("topics: [employment]\n",
      "topics: [employment]\nwithdrawn:\n  date: 1404-06-28 09:00\n  reason: این خبر به درخواست ادارهٔ حقوقی پس گرفته شد.\n"));
  });
  assert.ok(after.get("releases/4/index.html")?.bytes.toString().includes("ادارهٔ حقوقی"));
});

test("output manifest :: a release made a draft again: its page and folder disappear; equals cold", async () => {
  const { before, after } = await warmStep("unpublish", () => {
    const file = release("0007-added.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("\n---\n", "\ndraft: true\n---\n"));
  });
  assert.ok(before.has("releases/7/index.html"));
  assert.not.ok(after.has("releases/7/index.html"), "the page is gone");
  assert.not.ok(folders(outDir).includes("releases/7"), "its folder is gone");
});

test("output manifest :: regression: a page written over in place (through its link into the cache) is rebuilt; equals cold", async () => {
  const page = path.join(outDir, "releases/3/index.html");
  assert.ok(statSync(page).nlink > 1, "the page is a hard link into the build cache");
  writeFileSync(page, "<p>tampered</p>"); // in place: the cache entry now holds these bytes too
  const result = await build(outDir, cacheDir);
  assert.is(result.swapped?.full, true, "an output that is not the last build's is staged whole");
  await assertEqualsCold("tampered-in-place");
  assert.not.match(readFileSync(page, "utf8"), /tampered/);
});

test("output manifest :: regression: a page written over in place, then the output removed or replaced, is not republished from the cache", async () => {
  const cases: Array<[string, string, (page: string) => void]> = [
    // vim keeps hard links (backupcopy=auto writes in place); an append, a shorter text.
    ["removed", "releases/3/index.html", (page) => {
      writeFileSync(page, "<!-- دست‌کاری -->", { flag: "a" });
      rmSync(outDir, { recursive: true });
    }],
    ["replaced", "index.html", (page) => {
      writeFileSync(page, "<p>tampered</p>");
      const moved = path.join(tmp, "_site-moved");
      cpSync(outDir, moved, { recursive: true });
      rmSync(outDir, { recursive: true });
      cpSync(moved, outDir, { recursive: true }); // as a CI restoring _site without its times
      rmSync(moved, { recursive: true });
    }],
    ["gz only", "releases/2/index.html", (page) => {
      writeFileSync(`${page}.gz`, "tampered", { flag: "a" });
      rmSync(outDir, { recursive: true });
    }],
  ];
  for (const [name, rel, change] of cases) {
    await build(outDir, cacheDir); // the output is the manifest's again
    const page = path.join(outDir, rel);
    assert.ok(statSync(page).nlink > 1, `${name}: ${rel} is a hard link into the build cache`);
    const bytes = readFileSync(page);
    change(page);
    const result = await build(outDir, cacheDir);
    assert.is(result.swapped?.full, true, `${name}: staged whole`);
    assert.is(result.rendered, 1, `${name}: the altered page alone is rendered again, the others placed from the cache`);
    assert.ok(readFileSync(page).equals(bytes), `${name}: ${rel} has its built bytes again`);
    await assertEqualsCold(`altered-then-${name}`);
  }
});

test("output manifest :: an output changed by anything else is staged whole: a file replaced, added or removed; equals cold", async () => {
  const cases: Array<[string, () => void]> = [
    ["replaced", () => {
      const file = path.join(outDir, "feed.xml");
      rmSync(file);
      writeFileSync(file, "<rss/>");
    }],
    ["added", () => writeFileSync(path.join(outDir, "releases/extra.html"), "x")],
    ["removed", () => rmSync(path.join(outDir, "releases/3/index.html.gz"))],
    ["folder", () => cpSync(path.join(outDir, "assets/js"), path.join(outDir, "assets/js-copy"), { recursive: true })],
    ["symlink", () => symlinkSync("/etc/passwd", path.join(outDir, "releases/link"))],
    ["search fragment in place", () => {
      const dir = path.join(outDir, "pagefind/fragment");
      const file = path.join(dir, readdirSync(dir)[0] as string);
      assert.ok(statSync(file).nlink > 1, "a fragment is a hard link into the cached index");
      writeFileSync(file, "tampered"); // the cached index now holds it too
    }],
  ];
  for (const [name, change] of cases) {
    change();
    const result = await build(outDir, cacheDir);
    assert.is(result.swapped?.full, true, `${name}: staged whole`);
    await assertEqualsCold(`outside-${name}`);
    // The next build trusts the output again.
    assert.is((await build(outDir, cacheDir)).swapped?.full, false, `${name}: the build after trusts its own output`);
  }
});

test("output manifest :: regression: after the npm start server wrote into _site (forgetLastBuilds), the next build stages everything", async () => {
  forgetLastBuilds(cacheDir);
  assert.is((await build(outDir, cacheDir)).swapped?.full, true);
  await assertEqualsCold("after-serve");
});

test("output manifest :: checkOutput: a file's new time alone makes the output untrusted and names the file", () => {
  const manifest = readManifest(manifestPath(path.join(cacheDir, readdirSync(cacheDir)[0] as string), outDir));
  assert.ok(checkOutput(manifest, outDir).live, "the output as built is trusted");
  const file = path.join(outDir, "sitemap.xml");
  writeFileSync(file, readFileSync(file)); // the same bytes, written again
  const check = checkOutput(manifest, outDir);
  assert.is(check.live, undefined);
  assert.equal(check.changed, [file]);
  assert.is(checkOutput(manifest, path.join(tmp, "elsewhere")).live, undefined, "another output folder is not it");
});

test.run();
