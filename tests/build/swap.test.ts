import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, lstatSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "../../src/build/build-site.ts";
import { removeLeftovers, swapChanges, swapIn } from "../../src/build/swap.ts";

const root = process.cwd();

/** Write `files` (relative path → content) under `dir`. */
function tree(dir: string, files: Record<string, string>): void {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
}

/** Relative path → content of every file under `dir`; folders as "<dir>". */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    const abs = path.join(dir, rel);
    out[rel] = lstatSync(abs).isDirectory() ? "<dir>" : readFileSync(abs, "utf8");
  }
  return out;
}

/** A site of `n` release pages, version `v`: every file's content names the version. */
function site(v: number, n: number): Record<string, string> {
  const files: Record<string, string> = { "index.html": `<p>v${v}</p>${"x".repeat(20_000)}<p>end</p>` };
  for (let i = 0; i < n; i++) files[`releases/${i + v}/index.html`] = `release ${i + v} v${v}`;
  files[`assets/css/site.${v}.css`] = `/* v${v} */`;
  return files;
}

/** Poll until `check` is true; generous deadline for a busy machine. */
async function until(check: () => boolean, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

test("swap :: the output becomes exactly the new build, stale files and folders removed", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "swap-"));
  try {
    const out = path.join(dir, "_site");
    tree(out, { ...site(1, 5), "old-only/page.html": "gone", "becomes-dir": "file", "becomes-file/x.html": "dir" });
    const staging = path.join(dir, "_site.tmp-1");
    tree(staging, { ...site(2, 3), "becomes-dir/index.html": "now a folder", "becomes-file": "now a file" });
    const expected = snapshot(staging);
    swapIn(staging, out);
    assert.equal(snapshot(out), expected);
    assert.not.ok(existsSync(staging), "staging is removed");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("swap :: swapChanges renames in only the files whose bytes changed, removes the rest and empty folders", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "swap-"));
  try {
    const out = path.join(dir, "_site");
    const old = {
      "index.html": "home v1", "same.css": "same", "releases/1/index.html": "one", "releases/2/index.html": "two",
      "releases/2/report.pdf": "pdf", "becomes-dir": "file", "becomes-file/x.html": "dir",
    };
    tree(out, old);
    const staging = path.join(dir, "_site.tmp-1");
    // Staged: the new home, a copy of same.css with the same bytes, a new page, the folder/file swaps.
    // Kept without staging: releases/1. Not produced any more: releases/2 (its folder goes too).
    tree(staging, { "index.html": "home v2", "same.css": "same", "releases/3/index.html": "three", "becomes-dir/index.html": "now a folder", "becomes-file": "now a file" });
    const before = (f: string) => lstatSync(path.join(out, f));
    const [same, kept] = [before("same.css"), before("releases/1/index.html")];
    const done = swapChanges(staging, out, new Set(Object.keys(old)), new Set(["releases/1/index.html"]));
    assert.equal(snapshot(out), {
      "becomes-dir": "<dir>", "becomes-dir/index.html": "now a folder", "becomes-file": "now a file", "index.html": "home v2",
      releases: "<dir>", "releases/1": "<dir>", "releases/1/index.html": "one", "releases/3": "<dir>", "releases/3/index.html": "three",
      "same.css": "same",
    });
    assert.equal(done.same, ["same.css"]);
    assert.equal(done.removed.sort(), ["releases/2/index.html", "releases/2/report.pdf"]);
    for (const [file, was] of [["same.css", same], ["releases/1/index.html", kept]] as const) {
      const now = before(file);
      assert.equal([now.ino, now.mtimeMs], [was.ino, was.mtimeMs], `${file} untouched`);
    }
    assert.not.ok(existsSync(staging), "staging is removed");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("swap :: a first build simply becomes the output", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "swap-"));
  try {
    const staging = path.join(dir, "_site.tmp-1");
    tree(staging, site(1, 2));
    const expected = snapshot(staging);
    swapIn(staging, path.join(dir, "_site"));
    assert.equal(snapshot(path.join(dir, "_site")), expected);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("swap :: regression: _site/index.html never missing or partial while builds swap", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "swap-"));
  const out = path.join(dir, "_site");
  const stop = path.join(dir, "stop");
  const ready = path.join(dir, "ready");
  tree(out, site(0, 200));
  // The reader runs in its own process, reading with blocking calls as fast as it can.
  const reader = spawn(process.execPath, ["-e", `
    const fs = require("node:fs");
    const [file, stop, ready] = process.argv.slice(1);
    let reads = 0, misses = 0, partial = 0;
    while (!fs.existsSync(stop)) {
      try {
        const html = fs.readFileSync(file, "utf8");
        if (!/^<p>v\\d+<\\/p>x+<p>end<\\/p>$/.test(html)) partial++;
        reads++;
      } catch { misses++; }
      if (reads === 1) fs.writeFileSync(ready, "");
    }
    console.log(JSON.stringify({ reads, misses, partial }));
  `, path.join(out, "index.html"), stop, ready], { stdio: ["ignore", "pipe", "inherit"] });
  let stdout = "";
  reader.stdout.on("data", (d: Buffer) => (stdout += d));
  const exited = new Promise((r) => reader.on("exit", r));
  try {
    await until(() => existsSync(ready), "the reader to start");
    for (let v = 1; v <= 25; v++) {
      const staging = path.join(dir, `_site.tmp-${v}`);
      tree(staging, site(v, 200));
      swapIn(staging, out);
    }
    writeFileSync(stop, "");
    await exited;
    const result = JSON.parse(stdout) as { reads: number; misses: number; partial: number };
    assert.ok(result.reads > 25, `the reader read while the builds swapped (${result.reads} reads)`);
    assert.equal({ misses: result.misses, partial: result.partial }, { misses: 0, partial: 0 });
    assert.match(readFileSync(path.join(out, "index.html"), "utf8"), /^<p>v25<\/p>/);
  } finally {
    writeFileSync(stop, "");
    reader.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("swap :: regression: leftovers of killed builds are removed, a running build's kept", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "swap-"));
  try {
    const out = path.join(dir, "_site");
    // No process can have this pid: Linux pids stop at 2^22 (PID_MAX_LIMIT).
    const dead = String(2 ** 22 + 1);
    const live = String(process.ppid);
    for (const name of [`_site.tmp-${dead}`, `_site.old-${dead}`, `_site.tmp-${live}`, "_site.tmp-notapid", "_site.backup"]) {
      tree(path.join(dir, name), { "index.html": name });
    }
    const removed = removeLeftovers(out);
    assert.equal(removed.map((p) => path.basename(p)).sort(), [`_site.old-${dead}`, `_site.tmp-${dead}`]);
    assert.equal(readdirSync(dir).sort(), ["_site.backup", `_site.tmp-${live}`, "_site.tmp-notapid"].sort());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("swap :: regression: the next build removes a killed build's staging folders", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "swap-build-"));
  process.env.SOURCE_DATE_EPOCH = String(Date.parse("2025-10-01T00:00:00Z") / 1000);
  try {
    const out = path.join(dir, "_site");
    const dead = String(2 ** 22 + 1);
    tree(path.join(dir, `_site.tmp-${dead}`), { "index.html": "half a build" });
    tree(path.join(dir, `_site.old-${dead}`), { "index.html": "an old site" });
    await buildSite({ root, outDir: out, releasesDir: path.join(root, "tests/fixtures/valid/basic") });
    assert.equal(readdirSync(dir), ["_site"]);
    assert.match(readFileSync(path.join(out, "index.html"), "utf8"), /^<!doctype html>/);
  } finally {
    delete process.env.SOURCE_DATE_EPOCH;
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
