import path from "node:path";
import { ContentError } from "../content/problem.ts";
import { buildSite } from "./build-site.ts";
import { stopChildProcesses } from "./child-processes.ts";
import { buildSummary } from "./summary.ts";

/**
 * `npm run build [-- --verbose] [--allow-empty]`: validate, then build the whole site into `_site`
 * atomically. A build that finds no release fails unless `--allow-empty` says it is intended.
 */
const root = process.cwd();
const started = performance.now();
try {
  const { pages, newsroom } = await buildSite({ root, outDir: path.join(root, "_site"), verbose: process.argv.includes("--verbose"), allowEmpty: process.argv.includes("--allow-empty") });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  for (const line of buildSummary(newsroom)) console.log(line);
  console.log(`ساخت سایت انجام شد: ${pages} صفحه در ${seconds} ثانیه — built ${pages} pages into _site in ${seconds} s`);
} catch (err) {
  console.error(err instanceof ContentError ? err.message : err);
  console.error("\nساخت سایت انجام نشد؛ _site قبلی دست‌نخورده ماند. — The build failed; the previous _site is untouched.");
  process.exitCode = 1;
} finally {
  // Leave nothing running when the command returns (tsx's esbuild service; see child-processes.ts).
  await stopChildProcesses();
}
