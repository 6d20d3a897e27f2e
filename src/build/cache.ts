import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { copyFile, link, mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { LOCK_FILE } from "./build-lock.ts";

/**
 * The persistent build cache: `<root>/.cache/build/<version>/`. Safe to delete at any time
 * (the next build is simply a cold one). The version is a hash of everything that can change
 * how an input becomes output bytes — all of `src/`, the data folder, `.eleventy.ts`,
 * `package-lock.json` and the Node and zlib versions — so a code change, a new dependency or a
 * new Node never reuses stale output; folders of other versions are deleted when a build opens
 * the cache. Inside, entries are named by a hash of their inputs and never rewritten in place,
 * because the build hard-links them into the output (a link is one metadata write where a copy
 * is a read, a write and, for pages, a gzip).
 */
export interface BuildCache {
  /** The versioned folder, e.g. `<root>/.cache/build/3f9c…`. */
  dir: string;
  version: string;
}

/** Where the build cache lives unless `NEWSROOM_CACHE` or the build's `cacheDir` says otherwise. */
export function defaultCacheBase(root: string): string {
  return path.join(root, ".cache/build");
}

function listFiles(dir: string, found: string[] = []): string[] {
  if (!existsSync(dir)) return found;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) listFiles(file, found);
    else if (entry.isFile()) found.push(file);
  }
  return found;
}

/**
 * The cache version: sha256 over the path and bytes of every file under `src/` and the data
 * folder, `.eleventy.ts`, `package-lock.json`, and the Node and zlib versions (gzip bytes
 * depend on zlib). The whole of `src/` is hashed, not a list of files, so a new module, template
 * or asset is covered without anyone remembering to add it. Returns 16 hex digits.
 */
export function cacheVersion(root: string, dataDir: string): string {
  const hash = createHash("sha256");
  hash.update(`node ${process.version} zlib ${process.versions.zlib}\n`);
  const files = [
    ...listFiles(path.join(root, "src")),
    ...listFiles(dataDir),
    path.join(root, ".eleventy.ts"),
    path.join(root, "package-lock.json"),
  ].filter((f) => existsSync(f) && statSync(f).isFile());
  for (const file of files.sort()) {
    hash.update(`${path.relative(root, file)}\0`);
    hash.update(readFileSync(file));
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * Open (create) the cache folder of the current version under `base` and delete the folders
 * of other versions, so the cache never holds more than one site's worth of output.
 */
export async function openBuildCache(base: string, root: string, dataDir: string): Promise<BuildCache> {
  const version = cacheVersion(root, dataDir);
  await mkdir(base, { recursive: true });
  for (const name of await readdir(base)) {
    if (name !== version && name !== LOCK_FILE) await rm(path.join(base, name), { recursive: true, force: true });
  }
  const dir = path.join(base, version);
  await mkdir(dir, { recursive: true });
  return { dir, version };
}

/**
 * JSON with object keys sorted, Maps and Sets as arrays (plain JSON would write `{}` and two
 * different values would share a key). Dates and luxon DateTimes go through their `toJSON`.
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return [...v];
    if (v instanceof Set) return [...v];
    if (v && typeof v === "object" && !Array.isArray(v)) {
      return Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]));
    }
    return v;
  });
}

/** sha256 of a string or buffer, hex. */
export function digest(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

/**
 * Put `source` at `target` as a hard link, or as a copy when the two are on different file
 * systems or the file system has no hard links. `target` must not exist.
 */
export async function linkOrCopy(source: string, target: string): Promise<void> {
  try {
    await link(source, target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== "EXDEV" && code !== "EPERM" && code !== "ENOTSUP" && code !== "EMLINK") throw err;
    await copyFile(source, target);
  }
}

/** Write a cache file atomically: to a temporary name, then renamed, so a reader never sees half of it. */
export async function writeAtomic(file: string, data: Buffer): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

/**
 * Recreate the tree `from` under `to` (which must not exist) with hard links to its files;
 * with `copyTopFiles`, the files directly in `from` are copied instead (files whose names do
 * not change with their bytes, which a later writer could overwrite in place).
 * Returns the number of files placed.
 */
export async function linkTree(from: string, to: string, copyTopFiles = false): Promise<number> {
  await mkdir(to, { recursive: true });
  let placed = 0;
  const jobs: Promise<void>[] = [];
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      jobs.push(linkTree(source, target).then((n) => void (placed += n)));
    } else if (entry.isFile()) {
      jobs.push((copyTopFiles ? copyFile(source, target) : linkOrCopy(source, target)).then(() => void placed++));
    }
  }
  await Promise.all(jobs);
  return placed;
}
