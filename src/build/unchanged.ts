import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir, readdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { withBuildLock } from "./build-lock.ts";
import { readBuildTime } from "../content/build-time.ts";
import type { BuildOptions, BuildResult } from "./build-site.ts";
import { cacheVersion, defaultCacheBase } from "./cache.ts";
import { LAST_BUILD_FILE } from "./last-build.ts";
import { buildSummary } from "./summary.ts";

/** What the last successful build recorded, in `<cache>/<version>/last-build.json`. */
interface LastBuild {
  /** Hash of every input file (see `inputFingerprint`). */
  inputs: string;
  /**
   * The output folder; its inode and change time right after the swap (a new or replaced
   * folder differs in one of them: inode numbers alone are reused); its signature.
   */
  outDir: string;
  outInode: string;
  outSignature: string;
  /** The build's now (ms), and when the first scheduled release becomes due (ms), if any. */
  now: number;
  nextDue: number | null;
  summary: string[];
}

export type MaybeBuilt =
  | { skipped: true; summary: string[] }
  | { skipped: false; summary: string[]; result: BuildResult };

/** Folders of the project that are never inputs: dependencies, history, caches and outputs. */
const NOT_INPUTS = new Set(["node_modules", ".git", ".cache", "gates-output"]);

function hashTree(dir: string, hash: ReturnType<typeof createHash>, skip: (name: string) => boolean): void {
  if (!existsSync(dir)) return;
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (skip(entry.name)) continue;
    const file = path.join(dir, entry.name);
    // A symbolic link is followed (e.g. releases/ linked from elsewhere): its target is an input.
    const kind = entry.isSymbolicLink() ? statSync(file, { throwIfNoEntry: false }) : entry;
    if (!kind) continue; // a dangling link reads as nothing, in the build too
    if (kind.isDirectory()) hashTree(file, hash, () => false);
    else if (kind.isFile()) {
      hash.update(`${file}\0`);
      hash.update(readFileSync(file));
      hash.update("\0");
    }
  }
}

/**
 * sha256 over the path and bytes of every file the build could read: the whole project folder
 * (not a list of folders, so a new input anyone adds is covered) except dependencies, `.git`,
 * caches and build output, plus the release, data and media folders when they live elsewhere, plus the
 * code and lockfile version (`cacheVersion`) and the output folder's path.
 */
export function inputFingerprint(options: BuildOptions, releasesDir: string, dataDir: string, version: string): string {
  const hash = createHash("sha256");
  const outName = path.basename(path.resolve(options.outDir));
  hash.update(`${version}\n${path.resolve(options.outDir)}\n`);
  const root = path.resolve(options.root);
  hashTree(root, hash, (name) => NOT_INPUTS.has(name) || name === outName || name.startsWith(`${outName}.`));
  const mediaDir = path.resolve(options.root, options.mediaDir ?? "media");
  for (const dir of [releasesDir, dataDir, mediaDir]) {
    if (path.relative(root, dir).startsWith("..") || path.isAbsolute(path.relative(root, dir))) hashTree(dir, hash, () => false);
  }
  return hash.digest("hex");
}

/**
 * `npm run build`: build the site, unless nothing it depends on changed since the last build
 * and that build's output is still in place. "Nothing changed" means: the same input files
 * (`inputFingerprint`), the same code, a "now" not earlier than last time and earlier than the
 * first scheduled release's time (the only way time enters the output), and the very folder
 * the last build swapped in (same inode and change time; a file edited in place inside it is
 * not noticed: don't), or the same files restored with their sizes and times
 * (`outputSignature`, for a CI that caches `_site/` with `.cache/`). Then the output is already byte-identical to what a build would
 * write, and nothing is written. Without a cache (`cacheDir: false`) it always builds.
 */
export async function buildSiteIfChanged(options: BuildOptions): Promise<MaybeBuilt> {
  const base = options.cacheDir ?? defaultCacheBase(options.root);
  // One build at a time per cache folder (build-lock.ts): the check below reads what the last build left.
  return base ? withBuildLock(path.resolve(base), () => checkAndBuild(options, base)) : checkAndBuild(options, base);
}

async function checkAndBuild(options: BuildOptions, base: string | false): Promise<MaybeBuilt> {
  // Loaded only when there is something to build: Eleventy and its plugins take a good part of
  // a second to import, more than the whole nothing-changed check.
  const buildSite = async (o: BuildOptions) => (await import("./build-site.ts")).buildSite(o);
  if (!base) {
    const result = await buildSite(options);
    return { skipped: false, result, summary: buildSummary(result.newsroom) };
  }
  const releasesDir = path.resolve(options.root, options.releasesDir ?? "releases");
  const dataDir = path.resolve(options.root, options.dataDir ?? "_data");
  const now = readBuildTime().getTime();
  const version = cacheVersion(options.root, dataDir);
  const inputs = inputFingerprint(options, releasesDir, dataDir, version);
  const record = path.join(path.resolve(base), version, LAST_BUILD_FILE);
  const last = readLast(record);
  const outDir = path.resolve(options.outDir);
  if (
    last && last.inputs === inputs && last.outDir === outDir && existsSync(outDir) &&
    last.now <= now && (last.nextDue === null || now < last.nextDue) &&
    (folderIdentity(outDir) === last.outInode || (await outputSignature(outDir)) === last.outSignature)
  ) {
    return { skipped: true, summary: last.summary };
  }
  const result = await buildSite(options);
  const summary = buildSummary(result.newsroom);
  const next: LastBuild = {
    inputs, outDir, outInode: folderIdentity(outDir), outSignature: result.outputSignature ?? await outputSignature(outDir), now,
    nextDue: result.newsroom.scheduled[0]?.date.toMillis() ?? null, summary,
  };
  await mkdir(path.dirname(record), { recursive: true });
  await writeFile(record, `${JSON.stringify(next, null, 2)}\n`);
  return { skipped: false, result, summary };
}

function folderIdentity(dir: string): string {
  // The change time: set when the staging folder is renamed into place, and on any later
  // change to the folder's own entries; a recreated folder gets a new one even when the
  // file system hands it the same inode number.
  const st = statSync(dir, { bigint: true });
  return `${st.dev}:${st.ino}:${st.ctimeNs}`;
}

/**
 * A cheap signature of an output folder: sha256 over the path, size and modification time of
 * every file. It recognises the same output restored elsewhere with its times (a CI cache of
 * `_site`, `tar`, `cp -a`), where the folder's inode differs.
 */
export async function outputSignature(dir: string): Promise<string> {
  const rows: string[] = [];
  const walk = async (sub: string): Promise<void> => {
    const entries = await readdir(path.join(dir, sub), { withFileTypes: true });
    await Promise.all(entries.map(async (e) => {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory()) return walk(rel);
      const st = await stat(path.join(dir, rel));
      rows.push(`${rel}\0${st.size}\0${Math.round(st.mtimeMs)}`);
    }));
  };
  await walk("");
  return createHash("sha256").update(rows.sort().join("\n")).digest("hex");
}

function readLast(file: string): LastBuild | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as LastBuild;
  } catch {
    return undefined; // none yet, or unreadable: build
  }
}
