import { readdirSync } from "node:fs";
import { phaseTimes, timeline } from "../build/phases.ts";
import { buildSiteIfChanged } from "../build/unchanged.ts";
import { bulkPagesRenderedByKind } from "../render/bulk-pages.ts";

/**
 * Child process of `npm run bench`: one full build of a generated site, timed from inside.
 * As `npm run build` does, it builds nothing when nothing changed (pages 0, `skipped`).
 * Prints one JSON line: wall time, CPU time of this process, pages written and rendered (by kind), phases,
 * and the timeline: when each step happened, in ms since this process started (src/build/phases.ts `mark`).
 * Arguments: <project root> <releases folder> <output folder> [<cache folder> | -] (`-`: no cache).
 */
const [root, releasesDir, outDir, cache] = process.argv.slice(2) as [string, string, string, string | undefined];
const started = performance.now();
const cpu = process.cpuUsage();
const built = await buildSiteIfChanged({ root, releasesDir, outDir, cacheDir: cache === undefined || cache === "-" ? false : cache });
const { pages, rendered } = built.skipped ? { pages: 0, rendered: 0 } : built.result;
const used = process.cpuUsage(cpu);
const files = readdirSync(outDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html")).length;
console.log(JSON.stringify({
  wallMs: Math.round(performance.now() - started),
  cpuMs: Math.round((used.user + used.system) / 1000),
  pages,
  rendered,
  renderedByKind: built.skipped ? {} : bulkPagesRenderedByKind(),
  skipped: built.skipped,
  htmlFiles: files,
  phases: phaseTimes(),
  timeline: { ...timeline(), "build returned": Math.round(performance.now()) },
}));
