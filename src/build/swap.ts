import { closeSync, copyFileSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmdirSync, rmSync } from "node:fs";
import path from "node:path";
import { isAlive } from "./build-lock.ts";

/*
 * How a finished build replaces the live `_site` without a moment when it is missing.
 *
 * rename(2) replaces a file atomically but cannot replace a non-empty folder, so the old
 * "rename _site away, rename staging in" left a gap in which `_site` did not exist (nginx
 * answered 404 for everything). Options considered:
 * - `_site` as a symlink to the current build, switched atomically: GitHub Pages' upload action
 *   and rsync/rclone copy the link or refuse it, and `_site` must never contain or be a symlink.
 * - renameat2(RENAME_EXCHANGE) swaps two folders atomically, but Node has no binding for it and
 *   `mv --exchange` needs coreutils 9.5.
 * - Chosen: `_site` stays a real folder and every file of the new build is renamed over its old
 *   copy (atomic per path), assets before pages so a new page never points to an asset not yet
 *   there; then what the new build no longer has is removed. Every path that both builds have is
 *   readable at every moment, with the old or the new bytes, never missing or partial. A reader
 *   may briefly see old and new pages side by side, which a static site tolerates.
 */

/**
 * Move everything in `staging` into `outDir` as described above and remove `staging`.
 * Both must be on one file system (the build puts staging beside the output).
 * When `outDir` does not exist yet, `staging` is simply renamed to it.
 * @throws the file system error of the first step that fails; `outDir` then holds every path
 *   it had before, each with its old or its new content.
 * Synchronous file calls on purpose: tens of thousands of renames, each a few microseconds, would
 * each wait for a thread-pool round trip (24,000 files: 26 s async, under 1 s sync).
 */
export function swapIn(staging: string, outDir: string): void {
  const current = lstatSync(outDir, { throwIfNoEntry: false });
  if (!current) {
    renameSync(staging, outDir);
    return;
  }
  if (!current.isDirectory()) rmSync(outDir, { force: true });
  mkdirSync(outDir, { recursive: true });
  const { dirs, files } = walk(staging);
  for (const dir of dirs) ensureDir(path.join(outDir, dir));
  // Assets first, pages (and their .gz) last.
  const isPage = (f: string) => /\.html(?:\.gz)?$/.test(f);
  const ordered = [...files.filter((f) => !isPage(f)), ...files.filter(isPage)];
  for (const file of ordered) renameOver(path.join(staging, file), path.join(outDir, file));
  removeStale(outDir, "", new Set(dirs), new Set(files));
  rmSync(staging, { recursive: true, force: true });
}

export interface ChangesSwapped {
  /** Staged files renamed into the output (new, or other bytes than the live copy). */
  changed: string[];
  /** Staged files with the same bytes as the live copy: left in staging, the live one untouched. */
  same: string[];
  /** Files of the output that the new build does not have, removed. */
  removed: string[];
}

export interface StagedComparison {
  /** Staged files to rename in: new, or other bytes than the live copy. */
  changed: string[];
  /** Staged files with the bytes of the live copy: left in staging, the live one untouched. */
  same: string[];
}

export interface CompareOptions {
  /** Compare only the files under this top-level folder of `staging` (e.g. `pagefind`)… */
  only?: string;
  /** …or all but those under it (still being written by another process). */
  skip?: string;
  /**
   * Files whose name says their bytes (a content hash in the name, e.g. Pagefind's fragments):
   * one the output already has is the same without being read.
   */
  namedByContent?: (file: string) => boolean;
}

/**
 * First half of a warm build's swap, read-only on both sides, so it can run while other files
 * are still being staged: which staged files differ from the live output. `previous`: every file
 * of the output (its manifest). Paths are relative, with `/`.
 */
export function compareStaged(staging: string, outDir: string, previous: ReadonlySet<string>, options: CompareOptions = {}): StagedComparison {
  const result: StagedComparison = { changed: [], same: [] };
  const top = options.only ? [options.only] : readdirSync(staging).filter((name) => name !== options.skip);
  for (const name of top) {
    const entry = lstatSync(path.join(staging, name), { throwIfNoEntry: false });
    if (entry?.isDirectory()) compareInto(result, path.join(staging, name), name, outDir, previous, options.namedByContent);
    else if (entry) compareInto(result, staging, "", outDir, previous, options.namedByContent, [name]);
  }
  return result;
}

/**
 * `compareStaged` for a folder outside staging whose files would sit under `prefix` in the
 * output (the search index in the build cache: `<cache>/search/<key>` as `pagefind/`).
 */
export function compareFolder(dir: string, prefix: string, outDir: string, previous: ReadonlySet<string>, namedByContent?: (file: string) => boolean): StagedComparison {
  const result: StagedComparison = { changed: [], same: [] };
  compareInto(result, dir, prefix, outDir, previous, namedByContent);
  return result;
}

function compareInto(
  result: StagedComparison, dir: string, prefix: string, outDir: string, previous: ReadonlySet<string>,
  namedByContent?: (file: string) => boolean, files: string[] = walk(dir).files,
): void {
  for (const f of files) {
    const rel = f.split(path.sep).join("/");
    const file = prefix ? `${prefix}/${rel}` : rel;
    const unchanged = previous.has(file) && (namedByContent?.(file) || sameBytes(path.join(dir, f), path.join(outDir, file)));
    (unchanged ? result.same : result.changed).push(file);
  }
}

/**
 * Second half: rename the `changed` files (from `compareStaged`) over their live copies, assets
 * before pages, as in `swapIn`; then remove the files of `previous` that the build no longer
 * produces (neither `staged` nor `kept`), and folders left empty; remove `staging`. A file is
 * only ever replaced by a rename, never written in place: live files may be hard links into the
 * build cache. Unchanged files are not touched at all (no link, rename or `mkdir`).
 * @returns the files removed.
 */
export function applyChanges(
  staging: string, outDir: string, changed: readonly string[], staged: ReadonlySet<string>,
  previous: ReadonlySet<string>, kept: ReadonlySet<string>,
): string[] {
  const isPage = (f: string) => /\.html(?:\.gz)?$/.test(f);
  const ordered = [...changed.filter((f) => !isPage(f)), ...changed.filter(isPage)];
  const made = new Set<string>();
  for (const file of ordered) {
    const dir = path.posix.dirname(file);
    if (dir !== "." && !made.has(dir)) {
      made.add(dir);
      ensureDirs(outDir, dir);
    }
    renameOver(path.join(staging, file), path.join(outDir, file));
  }
  const removed: string[] = [];
  for (const file of previous) {
    if (staged.has(file) || kept.has(file)) continue;
    const abs = path.join(outDir, file);
    // Gone already (ENOTDIR: a file of the new build replaced its folder), or a folder of the
    // new build now stands there (its files were renamed in).
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      continue;
    }
    if (st.isDirectory()) continue;
    rmSync(abs, { force: true });
    removed.push(file);
    removeEmptyParents(outDir, path.posix.dirname(file));
  }
  rmSync(staging, { recursive: true, force: true });
  return removed;
}

export interface ChangesSwapped extends StagedComparison {
  /** Files of the output that the new build does not have, removed. */
  removed: string[];
}

/**
 * The warm build's swap in one call, when the output is exactly the folder the last build
 * swapped in (src/build/output-manifest.ts): `staging` holds only the files this build wrote
 * (the pages it kept are not in it), `previous` lists every file of the output, `kept` those
 * the build produced without staging them. `compareStaged`, then `applyChanges`.
 */
export function swapChanges(staging: string, outDir: string, previous: ReadonlySet<string>, kept: ReadonlySet<string>): ChangesSwapped {
  const { changed, same } = compareStaged(staging, outDir, previous);
  const removed = applyChanges(staging, outDir, changed, new Set([...changed, ...same]), previous, kept);
  return { changed, same, removed };
}

/**
 * Put the files `files` (output paths under `prefix`) of the folder `dir` into `staging`: hard
 * links, except the files directly in `dir`, which are copied (their names do not change with
 * their bytes, and a later writer could overwrite them in place).
 */
export function placeFiles(dir: string, prefix: string, staging: string, files: readonly string[]): void {
  for (const file of files) {
    const rel = file.slice(prefix.length + 1);
    const target = path.join(staging, file);
    mkdirSync(path.dirname(target), { recursive: true });
    if (!rel.includes("/")) {
      copyFileSync(path.join(dir, rel), target);
      continue;
    }
    try {
      linkSync(path.join(dir, rel), target);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== "EXDEV" && code !== "EPERM" && code !== "ENOTSUP" && code !== "EMLINK") throw err;
      copyFileSync(path.join(dir, rel), target);
    }
  }
}

/** Whether two files have the same bytes: sizes first, then contents. */
function sameBytes(a: string, b: string): boolean {
  const sa = lstatSync(a, { throwIfNoEntry: false });
  const sb = lstatSync(b, { throwIfNoEntry: false });
  if (!sa?.isFile() || !sb?.isFile() || sa.size !== sb.size) return false;
  if (sa.size <= 1 << 20) return readFileSync(a).equals(readFileSync(b));
  return sameLargeBytes(a, b, sa.size);
}

/** `sameBytes` for large files, a block at a time (attachments can be tens of megabytes). */
function sameLargeBytes(a: string, b: string, size: number): boolean {
  const fa = openSync(a, "r");
  const fb = openSync(b, "r");
  try {
    const ba = Buffer.alloc(1 << 20);
    const bb = Buffer.alloc(1 << 20);
    for (let at = 0; at < size;) {
      const n = readSync(fa, ba, 0, ba.length, at);
      if (n === 0 || readSync(fb, bb, 0, n, at) !== n || !ba.subarray(0, n).equals(bb.subarray(0, n))) return false;
      at += n;
    }
    return true;
  } finally {
    closeSync(fa);
    closeSync(fb);
  }
}

/** Make `rel` and its parents real folders under `outDir`, replacing a file that stands there. */
function ensureDirs(outDir: string, rel: string): void {
  let at = outDir;
  for (const part of rel.split("/")) {
    at = path.join(at, part);
    ensureDir(at);
  }
}

/** Remove `rel` and its parents while they are empty, up to (not including) `outDir`. */
function removeEmptyParents(outDir: string, rel: string): void {
  for (let dir = rel; dir !== "." && dir !== ""; dir = path.posix.dirname(dir)) {
    try {
      rmdirSync(path.join(outDir, dir));
    } catch {
      return; // not empty (or gone): its parents are not empty either
    }
  }
}

/** Rename `from` over `target` (atomic); a folder standing at `target` is removed first. */
function renameOver(from: string, target: string): void {
  try {
    renameSync(from, target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== "EISDIR" && code !== "ENOTEMPTY" && code !== "EEXIST") throw err;
    rmSync(target, { recursive: true, force: true });
    renameSync(from, target);
  }
}

/** Relative paths of every folder (parents first) and every other entry under `root`. */
function walk(root: string): { dirs: string[]; files: string[] } {
  const dirs: string[] = [];
  const files: string[] = [];
  const visit = (rel: string) => {
    for (const entry of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = rel ? path.join(rel, entry.name) : entry.name;
      if (entry.isDirectory()) {
        dirs.push(child);
        visit(child);
      } else {
        files.push(child);
      }
    }
  };
  visit("");
  return { dirs, files };
}

/** Make `dir` a real folder, replacing a file or symlink that stands there. */
function ensureDir(dir: string): void {
  const existing = lstatSync(dir, { throwIfNoEntry: false });
  if (existing?.isDirectory()) return;
  if (existing) rmSync(dir, { force: true });
  mkdirSync(dir);
}

/** Remove from `outDir` every entry under `rel` that the new build does not have. */
function removeStale(outDir: string, rel: string, dirs: Set<string>, files: Set<string>): void {
  for (const entry of readdirSync(path.join(outDir, rel), { withFileTypes: true })) {
    const child = rel ? path.join(rel, entry.name) : entry.name;
    const abs = path.join(outDir, child);
    if (entry.isDirectory() && dirs.has(child)) removeStale(outDir, child, dirs, files);
    else if (!entry.isDirectory() && files.has(child)) continue;
    else rmSync(abs, { recursive: true, force: true });
  }
}

/** Suffixes of the build's own folders beside the output: `<out>.tmp-<pid>`, `<out>.old-<pid>`. */
const LEFTOVER = /^\.(?:tmp|old)-(\d+)$/;

/**
 * Remove the staging folders (`_site.tmp-<pid>`, `_site.old-<pid>`) that a failed or killed build
 * left beside `outDir`. A folder whose process is still alive (another build running now) is
 * kept; this process's own are removed.
 * @returns the paths removed.
 */
export function removeLeftovers(outDir: string): string[] {
  const parent = path.dirname(outDir);
  const base = path.basename(outDir);
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return [];
  }
  for (const name of names) {
    if (!name.startsWith(base)) continue;
    const match = LEFTOVER.exec(name.slice(base.length));
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid !== process.pid && isAlive(pid)) continue;
    rmSync(path.join(parent, name), { recursive: true, force: true });
    removed.push(path.join(parent, name));
  }
  return removed;
}

