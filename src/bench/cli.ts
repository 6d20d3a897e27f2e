import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateReleases } from "./generate.ts";
import { hugoSite } from "./hugo.ts";

/**
 * `npm run bench [-- --releases N] [--seed S] [--keep] [--repeat] [--vs-hugo] [--runs R]`:
 * generate N valid synthetic releases in a temporary folder, build the full site from them in
 * another (cold: an empty build cache), and print wall time, CPU time, peak memory, pages
 * written, pages per second and the time of each phase.
 * `--repeat`: then rebuild with the warm cache after adding one release, after editing one, and
 * with nothing changed. `--vs-hugo`: R pairs (default 3) of a cold build and Debian's `hugo`
 * building the same Markdown bare (one layout), alternating, with the ratio of each pair.
 * It never touches releases/, _site/ or .cache/. A benchmark, not a test: nothing is asserted.
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
const runs = option("runs", 3);
const keep = process.argv.includes("--keep");
const repeat = process.argv.includes("--repeat");
const vsHugo = process.argv.includes("--vs-hugo");
const now = new Date("2026-03-01T00:00:00Z");
const work = mkdtempSync(path.join(os.tmpdir(), "newsroom-bench-"));
const releasesDir = path.join(work, "releases");
const outDir = path.join(work, "_site");
const cacheDir = path.join(work, "cache");

const read = (name: string) => Object.keys(JSON.parse(readFileSync(path.join(root, "_data", name), "utf8")) as object);
const t = performance.now();
generateReleases(releasesDir, { count, seed, topics: read("topics.json"), counties: read("counties.json"), now });
console.log(`generated ${count} releases (seed ${seed}) in ${Math.round(performance.now() - t)} ms: ${releasesDir}`);

interface Measured {
  wallMs: number;
  /** user + system seconds of the whole process tree (Pagefind included) when GNU time is installed. */
  user?: number;
  system?: number;
  peakMiB?: number;
  report: {
    wallMs: number; cpuMs: number; pages: number; rendered: number; renderedByKind: Record<string, number>; skipped: boolean;
    htmlFiles: number; phases: Record<string, number>; timeline?: Record<string, number>;
  };
}

const timeBin = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

/** Run a command under GNU time (when installed): wall, user, system and peak memory. */
function timed(command: string[], env: NodeJS.ProcessEnv = process.env) {
  const started = performance.now();
  const run = timeBin
    ? spawnSync(timeBin, ["-f", "TIME %e %U %S %M", ...command], { env, encoding: "utf8", maxBuffer: 64 << 20 })
    : spawnSync(command[0] as string, command.slice(1), { env, encoding: "utf8", maxBuffer: 64 << 20 });
  const wallMs = performance.now() - started;
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    process.exit(1);
  }
  const line = /TIME [\d.]+ ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr);
  return {
    wallMs, stdout: run.stdout,
    ...(line ? { user: Number(line[1]), system: Number(line[2]), peakMiB: Number(line[3]) / 1024 } : {}),
  };
}

/**
 * One build in a child process, so its peak memory (and Pagefind's) is measured alone.
 * `cold`: the cache folder is emptied first.
 */
function build(cold: boolean): Measured {
  if (cold) rmSync(cacheDir, { recursive: true, force: true });
  const env = { ...process.env, SOURCE_DATE_EPOCH: String(now.getTime() / 1000) };
  const run = timed([process.execPath, "--import", "tsx", path.join(root, "src/bench/run-build.ts"), root, releasesDir, outDir, cacheDir], env);
  const report = JSON.parse(run.stdout.trim().split("\n").filter((l) => l.startsWith("{")).at(-1) ?? "{}") as Measured["report"];
  return { ...run, report };
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const cpu = (m: { user?: number; system?: number }) => (m.user ?? 0) + (m.system ?? 0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const cold = build(true);
console.log(`\nfull build of ${count} releases (cold: empty build cache)`);
console.log(`  wall time          ${s(cold.wallMs)} (process), ${s(cold.report.wallMs)} (build inside it)`);
if (cold.user !== undefined) {
  console.log(`  CPU time           ${cpu(cold).toFixed(2)} s (user ${cold.user} s, system ${cold.system} s, Pagefind included)`);
  console.log(`  peak memory        ${cold.peakMiB?.toFixed(0)} MiB (largest process)`);
} else {
  console.log(`  CPU time           ${s(cold.report.cpuMs)} (Node only; install GNU time for the whole tree and peak memory)`);
}
console.log(`  pages written      ${cold.report.htmlFiles} HTML files (${cold.report.pages} rendered)`);
console.log(`  pages per second   ${Math.round(cold.report.htmlFiles / (cold.report.wallMs / 1000))}`);
const printPhases = (p: Record<string, number>) => {
  console.log("  phases");
  console.log(`    load and validate  ${s(p["load and validate"] ?? 0)}`);
  console.log(`    render and write   ${s(p["render and write"] ?? 0)}`);
  // The search index runs in its own process while Eleventy renders, so phases overlap.
  for (const name of ["images", "feeds", "sitemap", "search index", "precompress"]) {
    if (p[name] !== undefined) console.log(`    ${name.padEnd(18)} ${s(p[name])}`);
  }
};
printPhases(cold.report.phases);

if (repeat) {
  const files = (readdirSync(releasesDir, { recursive: true, encoding: "utf8" }) as string[]).filter((f) => f.endsWith(".md")).sort();
  const steps: Array<[string, Measured]> = [["cold build", cold]];
  // One more release, dated a day before the build's now, so it is listed at the top.
  const last = path.join(releasesDir, files.at(-1) as string);
  const added = path.join(path.dirname(last), `${String(count + 1).padStart(5, "0")}-added.md`);
  writeFileSync(added, readFileSync(last, "utf8")
    .replace(/^code: \d+$/m, `code: ${count + 1}`)
    .replace(/^date: .*$/m, "date: 1404-12-09 09:00")
    .replace(/^title: (.*)$/m, "title: $1 (افزوده)")
    .replace(/\nwithdrawn:\n(?: {2}.*\n)+/, "\n"));
  steps.push(["after adding one release", build(false)]);
  const edited = path.join(releasesDir, files[Math.floor(files.length / 2)] as string);
  writeFileSync(edited, readFileSync(edited, "utf8").replace(/\n\n/, "\n\nاین بند برای سنجش ویرایش افزوده شد.\n\n"));
  steps.push(["after editing one release", build(false)]);
  steps.push(["nothing changed", build(false)]);
  console.log(`\nrepeat builds of ${count} releases (one process each, Node's start included)`);
  console.log("  step                         wall      CPU      peak      pages rendered");
  for (const [name, m] of steps) {
    console.log(`  ${name.padEnd(28)} ${s(m.wallMs).padStart(8)} ${`${cpu(m).toFixed(2)} s`.padStart(8)} ${`${m.peakMiB?.toFixed(0) ?? "?"} MiB`.padStart(9)}  ${m.report.skipped ? "none: nothing to do" : `${m.report.rendered} of ${m.report.pages}`}`);
  }
  for (const [name, m] of steps.slice(1)) {
    if (!m.report.skipped) console.log(`  ${name}: rendered ${Object.entries(m.report.renderedByKind).map(([k, v]) => `${v} ${k}`).join(", ")}`);
    console.log(`  ${name}: ${Object.entries(m.report.phases).map(([k, v]) => `${k} ${s(v)}`).join(", ")}`);
    // When each step happened, from the build process's start (Node and tsx included).
    if (m.report.timeline) console.log(`  ${name}, timeline: ${Object.entries(m.report.timeline).map(([k, v]) => `${k} ${s(v)}`).join(", ")}`);
  }
}

if (vsHugo) {
  const hugo = ["/usr/bin/hugo", "/usr/local/bin/hugo"].find((p) => existsSync(p));
  if (!hugo) {
    console.log("\n--vs-hugo: no hugo found (apt-get install -y hugo); skipped");
  } else {
    const site = path.join(work, "hugo");
    hugoSite(releasesDir, site);
    const hugoOut = path.join(work, "hugo-public");
    const pairs: Array<{ ours: Measured; theirs: ReturnType<typeof timed> }> = [];
    for (let i = 0; i < runs; i++) {
      rmSync(outDir, { recursive: true, force: true });
      const ours = build(true);
      rmSync(hugoOut, { recursive: true, force: true });
      const theirs = timed([hugo, "--quiet", "--source", site, "--destination", hugoOut]);
      pairs.push({ ours, theirs });
      console.log(`  pair ${i + 1}: site ${s(ours.wallMs)} / ${cpu(ours).toFixed(1)} s CPU, hugo ${s(theirs.wallMs)} / ${cpu(theirs).toFixed(1)} s CPU: ${(ours.wallMs / theirs.wallMs).toFixed(2)}× wall, ${(cpu(ours) / cpu(theirs)).toFixed(2)}× CPU`);
    }
    const ratio = (f: (p: (typeof pairs)[number]) => number) => median(pairs.map(f)).toFixed(2);
    console.log(`\ncold build vs ${spawnSync(hugo, ["version"], { encoding: "utf8" }).stdout.split(" ")[1] ?? "hugo"} bare, ${runs} alternating pairs, medians`);
    console.log(`  site   ${s(median(pairs.map((p) => p.ours.wallMs)))} wall, ${median(pairs.map((p) => cpu(p.ours))).toFixed(2)} s CPU, ${median(pairs.map((p) => p.ours.peakMiB ?? 0)).toFixed(0)} MiB`);
    console.log(`  hugo   ${s(median(pairs.map((p) => p.theirs.wallMs)))} wall, ${median(pairs.map((p) => cpu(p.theirs))).toFixed(2)} s CPU, ${median(pairs.map((p) => p.theirs.peakMiB ?? 0)).toFixed(0)} MiB`);
    console.log(`  ratio  ${ratio((p) => p.ours.wallMs / p.theirs.wallMs)}× wall, ${ratio((p) => cpu(p.ours) / cpu(p.theirs))}× CPU (median of the pairs' ratios)`);
  }
}

if (keep) console.log(`\nkept ${work}`);
else rmSync(work, { recursive: true, force: true });
