import { lstat, mkdir, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";

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
 */
export async function swapIn(staging: string, outDir: string): Promise<void> {
  const current = await lstat(outDir).catch(() => undefined);
  if (!current) {
    await rename(staging, outDir);
    return;
  }
  if (!current.isDirectory()) await rm(outDir, { force: true });
  await mkdir(outDir, { recursive: true });
  const { dirs, files } = await walk(staging);
  for (const dir of dirs) await ensureDir(path.join(outDir, dir));
  // Assets first, pages (and their .gz) last.
  const isPage = (f: string) => /\.html(?:\.gz)?$/.test(f);
  const ordered = [...files.filter((f) => !isPage(f)), ...files.filter(isPage)];
  for (const file of ordered) {
    const target = path.join(outDir, file);
    const existing = await lstat(target).catch(() => undefined);
    if (existing?.isDirectory()) await rm(target, { recursive: true, force: true });
    await rename(path.join(staging, file), target);
  }
  await removeStale(outDir, "", new Set(dirs), new Set(files));
  await rm(staging, { recursive: true, force: true });
}

/** Relative paths of every folder (parents first) and every other entry under `root`. */
async function walk(root: string): Promise<{ dirs: string[]; files: string[] }> {
  const dirs: string[] = [];
  const files: string[] = [];
  const visit = async (rel: string) => {
    for (const entry of await readdir(path.join(root, rel), { withFileTypes: true })) {
      const child = rel ? path.join(rel, entry.name) : entry.name;
      if (entry.isDirectory()) {
        dirs.push(child);
        await visit(child);
      } else {
        files.push(child);
      }
    }
  };
  await visit("");
  return { dirs, files };
}

/** Make `dir` a real folder, replacing a file or symlink that stands there. */
async function ensureDir(dir: string): Promise<void> {
  const existing = await lstat(dir).catch(() => undefined);
  if (existing?.isDirectory()) return;
  if (existing) await rm(dir, { force: true });
  await mkdir(dir);
}

/** Remove from `outDir` every entry under `rel` that the new build does not have. */
async function removeStale(outDir: string, rel: string, dirs: Set<string>, files: Set<string>): Promise<void> {
  for (const entry of await readdir(path.join(outDir, rel), { withFileTypes: true })) {
    const child = rel ? path.join(rel, entry.name) : entry.name;
    const abs = path.join(outDir, child);
    if (entry.isDirectory() && dirs.has(child)) await removeStale(outDir, child, dirs, files);
    else if (!entry.isDirectory() && files.has(child)) continue;
    else await rm(abs, { recursive: true, force: true });
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
export async function removeLeftovers(outDir: string): Promise<string[]> {
  const parent = path.dirname(outDir);
  const base = path.basename(outDir);
  const removed: string[] = [];
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    if (!name.startsWith(base)) continue;
    const match = LEFTOVER.exec(name.slice(base.length));
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid !== process.pid && isAlive(pid)) continue;
    await rm(path.join(parent, name), { recursive: true, force: true });
    removed.push(path.join(parent, name));
  }
  return removed;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
