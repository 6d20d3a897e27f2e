import path from "node:path";
import { ContentError } from "../content/problem.ts";
import { stopChildProcesses } from "./child-processes.ts";
import { buildSiteIfChanged } from "./unchanged.ts";

/**
 * `npm run build [-- --verbose] [--allow-empty]`: validate, then build the whole site into `_site`
 * atomically. A build that finds no release fails unless `--allow-empty` says it is intended.
 */
const root = process.cwd();
const started = performance.now();
try {
  const built = await buildSiteIfChanged({ root, outDir: path.join(root, "_site"), verbose: process.argv.includes("--verbose"), allowEmpty: process.argv.includes("--allow-empty") });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  for (const line of built.summary) console.log(line);
  if (built.skipped) {
    console.log(`چیزی تغییر نکرده بود؛ _site همان ماند (${seconds} ثانیه) — nothing changed since the last build; _site is as it was (${seconds} s)`);
  } else {
    const { pages, rendered } = built.result;
    console.log(`ساخت سایت انجام شد: ${pages} صفحه (${rendered} صفحهٔ تازه) در ${seconds} ثانیه — built ${pages} pages into _site in ${seconds} s (${rendered} rendered, the rest from .cache/build)`);
  }
} catch (err) {
  console.error(err instanceof ContentError ? err.message : err);
  console.error("\nساخت سایت انجام نشد؛ _site قبلی دست‌نخورده ماند. — The build failed; the previous _site is untouched.");
  process.exitCode = 1;
} finally {
  // Leave nothing running when the command returns (tsx's esbuild service; see child-processes.ts).
  await stopChildProcesses();
}
