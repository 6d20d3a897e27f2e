import { readdirSync, readFileSync } from "node:fs";

/*
 * What a finished command leaves running. Every `node --import tsx` command has one child that
 * outlives its work: tsx's esbuild service (`esbuild --service`), started by the module loader
 * (in Node's loader thread, out of reach of this code's `esbuild.stop()`) to compile the first
 * imported .ts file. It only exits once it reads end-of-file on its stdin, i.e. after this
 * process has already exited, so `npm run build` returned while esbuild was still alive in its
 * process group (on a machine whose init does not reap, it stays as a zombie). Pagefind's
 * binary is closed by the search indexer itself (src/search/index-releases.ts).
 */

/**
 * Pids of the live child processes of `pid`, from Linux's /proc; [] where there is no /proc.
 * Zombies (exited, not yet reaped) count: they are still in the process table.
 */
export function childPids(pid: number = process.pid): number[] {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  const children: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // exited meanwhile
    }
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")".
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (ppid === pid) children.push(Number(entry));
  }
  return children;
}

/**
 * End every child process of this one and wait until each has been reaped (SIGTERM, then SIGKILL
 * after `graceMs`), so that when the command returns nothing it started is alive. Call it last,
 * when no more TypeScript will be imported (it stops tsx's compiler service).
 * @returns the pids that were ended.
 */
export async function stopChildProcesses(graceMs = 5_000): Promise<number[]> {
  const pids = childPids();
  for (const pid of pids) signal(pid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  let alive = pids;
  while ((alive = alive.filter(exists)).length > 0) {
    if (Date.now() > deadline) {
      for (const pid of alive) signal(pid, "SIGKILL");
      if (Date.now() > deadline + graceMs) break;
    }
    // Node's own event loop reaps its children (SIGCHLD); give it a turn.
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return pids;
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

function exists(pid: number): boolean {
  try {
    readFileSync(`/proc/${pid}/stat`);
    return true;
  } catch {
    return false;
  }
}
