import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/*
 * What the last build swapped into the output folder, so the next one can stage only what
 * changed (src/build/build-site.ts, swap.ts `swapChanges`). One file per output folder in the
 * versioned cache folder: a new code version, or a deleted cache, simply means a full staging.
 *
 * Trust: before using it, every file of the output is checked against it (`liveOutput`): the same
 * paths, folders, sizes and modification times, no symbolic link. A file rewritten, added or
 * removed by anything else (a `cp`, an editor, the `npm start` server) fails the check and the
 * build stages everything, as a cold one does. A file written in place keeps its inode: when it is
 * also a hard link into the build cache, the cache entry got the same bytes, and `dropCorrupted`
 * deletes such entries before anything reuses them.
 */

/** One file of the output. */
export interface ManifestEntry {
  size: number;
  /** Modification time in ms, with the file system's fraction (lstat's `mtimeMs`). */
  mtimeMs: number;
  /** For a bulk page (`…/index.html`): the page cache key it was placed or rendered with. */
  key?: string;
}

export interface OutputManifest {
  /** The output folder, absolute. */
  outDir: string;
  /** The search index key (src/search/index-releases.ts) of the `pagefind/` in the output. */
  search?: string;
  /** Relative path with `/` → entry, every file of the output. */
  files: Record<string, ManifestEntry>;
}

/** `<cacheDir>/output-<hash of the output folder's path>.json`. */
export function manifestPath(cacheDir: string, outDir: string): string {
  const id = createHash("sha256").update(path.resolve(outDir)).digest("hex").slice(0, 16);
  return path.join(cacheDir, `output-${id}.json`);
}

export function readManifest(file: string): OutputManifest | undefined {
  try {
    const m = JSON.parse(readFileSync(file, "utf8")) as OutputManifest;
    return m && typeof m.files === "object" ? m : undefined;
  } catch {
    return undefined; // none yet, or unreadable: stage everything
  }
}

/** Written to a temporary name and renamed, so a reader never sees half of it. */
export function writeManifest(file: string, manifest: OutputManifest): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify(manifest));
  renameSync(tmp, file);
}

/** Delete the manifest before the output changes, so a build killed mid-swap leaves none. */
export function forgetManifest(file: string): void {
  rmSync(file, { force: true });
}

export interface OutputCheck {
  /** The manifest, when the output matches it exactly. */
  live?: OutputManifest;
  /**
   * When it does not: the files of the output that the manifest lists with another size or time
   * (written over, perhaps in place), as absolute paths, for `dropCorrupted`.
   */
  changed: string[];
}

/**
 * Whether `outDir` is exactly the folder the manifest describes: every file listed is there with
 * its size and modification time, nothing else is (no other file, folder or link). One
 * synchronous walk: 12,000 folders and 34,000 files at 10,000 releases.
 */
export function checkOutput(manifest: OutputManifest | undefined, outDir: string): OutputCheck {
  const changed: string[] = [];
  if (!manifest || manifest.outDir !== path.resolve(outDir)) return { changed };
  const files = manifest.files;
  const dirs = new Set<string>();
  for (const rel of Object.keys(files)) {
    for (let d = path.posix.dirname(rel); d !== "." && !dirs.has(d); d = path.posix.dirname(d)) dirs.add(d);
  }
  let seenFiles = 0;
  let seenDirs = 0;
  let exact = true;
  const visit = (rel: string) => {
    let entries;
    try {
      entries = readdirSync(rel ? path.join(outDir, rel) : outDir, { withFileTypes: true });
    } catch {
      exact = false;
      return;
    }
    for (const entry of entries) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!dirs.has(child)) exact = false;
        seenDirs++;
        visit(child);
        continue;
      }
      const want = files[child];
      if (!entry.isFile() || !want) {
        exact = false;
        continue;
      }
      seenFiles++;
      const st = lstatSync(path.join(outDir, child));
      if (st.size !== want.size || st.mtimeMs !== want.mtimeMs) {
        exact = false;
        changed.push(path.join(outDir, child));
      }
    }
  };
  visit("");
  if (exact && seenFiles === Object.keys(files).length && seenDirs === dirs.size) return { live: manifest, changed };
  return { changed };
}

/**
 * Remove from the build cache every entry that shares its inode with one of `files` (output
 * files found changed: written in place through a hard link, the entry has the same wrong bytes).
 * A search index entry goes whole, a page with its `.gz`. Walks the cache only when there is
 * something to look for. Returns the entries removed (absolute paths).
 */
export function dropCorrupted(cacheDir: string, files: readonly string[]): string[] {
  const inodes = new Set<string>();
  for (const file of files) {
    const st = lstatSync(file, { throwIfNoEntry: false, bigint: true });
    if (st && st.nlink > 1n) inodes.add(`${st.dev}:${st.ino}`);
  }
  const units = new Set<string>();
  if (inodes.size === 0) return [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        visit(abs);
        continue;
      }
      const st = lstatSync(abs, { bigint: true });
      if (!inodes.has(`${st.dev}:${st.ino}`)) continue;
      const rel = path.relative(cacheDir, abs).split(path.sep);
      if (rel[0] === "search" && rel.length > 2) units.add(path.join(cacheDir, "search", rel[1] as string));
      else if (rel[0] === "pages") {
        const page = abs.replace(/\.gz$/, "");
        units.add(page).add(`${page}.gz`);
      } else units.add(abs);
    }
  };
  visit(cacheDir);
  for (const unit of units) rmSync(unit, { recursive: true, force: true });
  return [...units];
}

/**
 * Remove the page cache entries (`<cacheDir>/pages/<key>.html` and its `.gz`) named by the
 * manifest's pages whose size or modification time is no longer what the manifest recorded for
 * the page: the entry and the page were one file (a hard link), so the page was written over in
 * place, e.g. by an editor that keeps links (vim does), and the output was then removed or
 * replaced, leaving `checkOutput` no file to name for `dropCorrupted`. Call it whenever the
 * output is not the manifest's. One `lstat` per page and `.gz`; an entry that is a copy (another
 * file system) has its own time and is dropped too, which costs a render, never a wrong page.
 * Returns the entries removed (absolute paths).
 */
export function dropAltered(cacheDir: string, manifest: OutputManifest): string[] {
  const removed: string[] = [];
  const differs = (entry: string, want: ManifestEntry | undefined): boolean => {
    const st = lstatSync(entry, { throwIfNoEntry: false });
    return st !== undefined && (!want || st.size !== want.size || st.mtimeMs !== want.mtimeMs);
  };
  for (const [file, page] of Object.entries(manifest.files)) {
    if (!page.key) continue;
    const entry = path.join(cacheDir, "pages", `${page.key}.html`);
    if (!differs(entry, page) && !differs(`${entry}.gz`, manifest.files[`${file}.gz`])) continue;
    for (const unit of [entry, `${entry}.gz`]) {
      rmSync(unit, { force: true });
      removed.push(unit);
    }
  }
  return removed;
}

/**
 * The same signature as `outputSignature` (src/build/unchanged.ts), from a manifest instead of
 * a walk: sha256 over the sorted `path\0size\0mtime` rows of every file.
 */
export function manifestSignature(manifest: OutputManifest): string {
  const rows = Object.entries(manifest.files).map(([rel, e]) => `${rel}\0${e.size}\0${Math.round(e.mtimeMs)}`);
  return createHash("sha256").update(rows.sort().join("\n")).digest("hex");
}

/** A manifest of every file now in `outDir` (after a full swap), with the page keys given. */
export function manifestOf(outDir: string, pageKeys: ReadonlyMap<string, string>, search: string | undefined): OutputManifest {
  const files: Record<string, ManifestEntry> = {};
  const visit = (rel: string) => {
    for (const entry of readdirSync(rel ? path.join(outDir, rel) : outDir, { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) visit(child);
      else files[child] = entryOf(outDir, child, pageKeys.get(child));
    }
  };
  visit("");
  return { outDir: path.resolve(outDir), ...(search ? { search } : {}), files };
}

/** The manifest entry of one output file as it is now. */
export function entryOf(outDir: string, rel: string, key: string | undefined): ManifestEntry {
  const st = lstatSync(path.join(outDir, rel));
  return key ? { size: st.size, mtimeMs: st.mtimeMs, key } : { size: st.size, mtimeMs: st.mtimeMs };
}
