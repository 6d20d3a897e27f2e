import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The lock file's name inside the build cache's base folder (`.cache/build/`). */
export const LOCK_FILE = "build.lock";

/** How often a waiting build looks at the lock again, and how long it waits in all. */
const POLL_MS = 250;
const DEFAULT_WAIT_MS = 30 * 60 * 1000;

/** Whether process `pid` exists (ours or another user's). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The pid written in a lock file, or undefined when it is missing or unreadable. */
function holder(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Run `work` while holding `<cacheBase>/build.lock`, so two `npm run build` in one project never
 * share the build cache at the same time (each would sweep the other's search index folder and
 * staging: issue 16's hostile review). The lock is a file created exclusively (`wx`) holding this
 * process's pid; a lock whose process is gone (a killed build) is taken over. A second build
 * waits, polling every 250 ms, and says once, in Persian and English, whom it waits for; after
 * `maxWaitMs` (default 30 minutes) it fails with that message instead. Returns what `work` returns.
 */
export async function withBuildLock<T>(cacheBase: string, work: () => Promise<T>, maxWaitMs = DEFAULT_WAIT_MS): Promise<T> {
  mkdirSync(cacheBase, { recursive: true });
  const file = path.join(cacheBase, LOCK_FILE);
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: "wx" });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    const pid = holder(file);
    if (pid === undefined || !isAlive(pid)) {
      // A killed build's lock, or one half-written an instant ago: removed only if still the same.
      if (holder(file) === pid) rmSync(file, { force: true });
      continue;
    }
    const message = `ساخت دیگری (فرایند ${pid}) با همین پوشهٔ ${path.relative(process.cwd(), cacheBase) || cacheBase} در حال اجراست — another build (process ${pid}) is using ${cacheBase}`;
    if (Date.now() - started > maxWaitMs) throw new Error(`${message}; پس از پایان آن دوباره بسازید — build again when it has finished`);
    if (!told) {
      console.error(`${message}; صبر می‌کنیم تا تمام شود — waiting for it to finish`);
      told = true;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  try {
    return await work();
  } finally {
    if (holder(file) === process.pid) rmSync(file, { force: true });
  }
}
