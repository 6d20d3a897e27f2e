import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateReleases } from "./generate.ts";

/**
 * `npm run bench [-- --releases N] [--seed S] [--keep]`: generate N valid synthetic releases
 * in a temporary folder, build the full site from them in another, and print wall time, CPU
 * time, peak memory, pages written, pages per second and the time of each phase.
 * It never touches releases/ or _site/. A benchmark, not a test: nothing is asserted.
 */
function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number of 1 or more`);
  return value;
}

const root = process.cwd();
const count = option("releases", 10_000);
const seed = option("seed", 1404);
const keep = process.argv.includes("--keep");
const now = new Date("2026-03-01T00:00:00Z");
const work = mkdtempSync(path.join(os.tmpdir(), "newsroom-bench-"));
const releasesDir = path.join(work, "releases");
const outDir = path.join(work, "_site");

const read = (name: string) => Object.keys(JSON.parse(readFileSync(path.join(root, "_data", name), "utf8")) as object);
let t = performance.now();
generateReleases(releasesDir, { count, seed, topics: read("topics.json"), counties: read("counties.json"), now });
console.log(`generated ${count} releases (seed ${seed}) in ${Math.round(performance.now() - t)} ms: ${releasesDir}`);

// The build runs in a child process so its peak memory (and Pagefind's) is measured alone;
// GNU time reports the peak resident memory of the process tree when it is installed.
const env = { ...process.env, SOURCE_DATE_EPOCH: String(now.getTime() / 1000) };
const child = [process.execPath, "--import", "tsx", path.join(root, "src/bench/run-build.ts"), root, releasesDir, outDir];
const timeBin = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
t = performance.now();
const run = timeBin
  ? spawnSync(timeBin, ["-f", "TIME %e %U %S %M", ...child], { env, encoding: "utf8", maxBuffer: 64 << 20 })
  : spawnSync(child[0] as string, child.slice(1), { env, encoding: "utf8", maxBuffer: 64 << 20 });
const wallOutside = performance.now() - t;
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  process.exit(1);
}
const report = JSON.parse(run.stdout.trim().split("\n").filter((l) => l.startsWith("{")).at(-1) ?? "{}") as {
  wallMs: number; cpuMs: number; pages: number; htmlFiles: number; phases: Record<string, number>;
};
const timeLine = /TIME [\d.]+ ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr);

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`\nfull build of ${count} releases`);
console.log(`  wall time          ${s(wallOutside)} (process), ${s(report.wallMs)} (build inside it)`);
if (timeLine) {
  console.log(`  CPU time           ${(Number(timeLine[1]) + Number(timeLine[2])).toFixed(2)} s (user ${timeLine[1]} s, system ${timeLine[2]} s, Pagefind included)`);
  console.log(`  peak memory        ${(Number(timeLine[3]) / 1024).toFixed(0)} MiB (largest process)`);
} else {
  console.log(`  CPU time           ${s(report.cpuMs)} (Node only; install GNU time for the whole tree and peak memory)`);
}
console.log(`  pages written      ${report.htmlFiles} HTML files (${report.pages} rendered)`);
console.log(`  pages per second   ${Math.round(report.htmlFiles / (report.wallMs / 1000))}`);
const p = report.phases;
console.log("  phases");
console.log(`    load and validate  ${s(p["load and validate"] ?? 0)}`);
console.log(`    render and write   ${s(p["render and write"] ?? 0)}`);
// The search index runs in its own process while Eleventy renders, so phases overlap.
for (const name of ["images", "feeds", "sitemap", "search index", "precompress"]) {
  if (p[name] !== undefined) console.log(`    ${name.padEnd(18)} ${s(p[name])}`);
}
if (keep) console.log(`\nkept ${work}`);
else rmSync(work, { recursive: true, force: true });
