import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { buildSite } from "../build/build-site.ts";
import { ContentError } from "../content/problem.ts";
import { browserGates } from "./browser.ts";
import { feedsGate } from "./feeds.ts";
import { htmlValidateGate } from "./html-validate.ts";
import { lighthouseGate } from "./lighthouse.ts";
import { linksGate } from "./links.ts";
import { nuCheckerGate } from "./nu-checker.ts";
import { pagedTargets, PAGED_SITE, writePagedReleases } from "./paged-site.ts";
import { htmlPages } from "./site-files.ts";
import { startStaticServer } from "./static-server.ts";
import { result, type GateContext, type GateResult } from "./types.ts";

/**
 * `npm run gates`: build the sample site fresh into a temporary folder with a fixed
 * SOURCE_DATE_EPOCH (so two runs check the same bytes), and beside it a generated site of
 * 170 releases (`paged-site.ts`) for the numbered listing pages the sample is too small to have;
 * serve both on 127.0.0.1, run every gate on the sample and html-validate, Nu, links, axe and
 * screenshots on the generated site's listing pages, print one line per gate (its findings
 * indented below it), and exit 1 if any gate failed.
 * `--keep` leaves the built sites in place and prints where they are.
 */
export const GATES_SOURCE_DATE_EPOCH = "1790000000";
const MAX_LINES = 60;

const root = process.cwd();
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function print(r: GateResult): void {
  console.log(`${r.ok ? "✔" : "✘"} ${r.name}: ${r.summary} (${seconds(r.ms ?? 0)})`);
  const lines = [...r.findings.map((f) => `    ✘ ${f}`), ...r.notes.map((n) => `    · ${n}`)];
  for (const line of lines.slice(0, MAX_LINES)) console.log(line);
  if (lines.length > MAX_LINES) console.log(`    … ${lines.length - MAX_LINES} more`);
}

/** Run one gate (or the browser's four) and print it; `suffix` marks the generated site's runs. */
async function timed(name: string, run: () => Promise<GateResult | GateResult[]>, suffix = ""): Promise<GateResult[]> {
  const started = performance.now();
  let out: GateResult[];
  try {
    const r = await run();
    out = Array.isArray(r) ? r : [r];
  } catch (err) {
    out = [result(name, false, `crashed: ${(err as Error).message.split("\n")[0]}`, [String((err as Error).stack ?? err).split("\n").slice(0, 5).join(" | ")])];
  }
  for (const r of out) r.name += suffix;
  const ms = performance.now() - started;
  // Gates that share one run (the browser's four) share its time, shown on each.
  for (const r of out) {
    r.ms = ms;
    print(r);
  }
  return out;
}

async function main(): Promise<number> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), "newsroom-gates-"));
  const siteDir = path.join(tmp, "_site");
  const pagedReleases = path.join(tmp, "generated-releases");
  const pagedDir = path.join(tmp, "_site-generated");
  const keep = process.argv.includes("--keep");
  process.env.SOURCE_DATE_EPOCH = GATES_SOURCE_DATE_EPOCH;
  let started = performance.now();
  const built = async (what: string, build: () => Promise<unknown>): Promise<boolean> => {
    try {
      await build();
      return true;
    } catch (err) {
      console.log(`✘ ${what}: ${err instanceof ContentError ? err.message : (err as Error).message}`);
      await rm(tmp, { recursive: true, force: true });
      return false;
    }
  };
  if (!(await built("build", () => buildSite({ root, outDir: siteDir })))) return 1;
  const pages = htmlPages(siteDir);
  console.log(`✔ build: ${pages.length} pages into ${keep ? siteDir : "a temporary folder"}, SOURCE_DATE_EPOCH=${GATES_SOURCE_DATE_EPOCH} (${seconds(performance.now() - started)})`);
  started = performance.now();
  writePagedReleases(pagedReleases, path.join(root, "_data"), new Date(Number(GATES_SOURCE_DATE_EPOCH) * 1000));
  // No build cache: the generated site is built fresh and leaves .cache/build to the sample site.
  if (!(await built("build (generated site)", () => buildSite({ root, outDir: pagedDir, releasesDir: pagedReleases, cacheDir: false })))) return 1;
  const pagedAll = htmlPages(pagedDir);
  console.log(`✔ build (generated site): ${PAGED_SITE.releases} releases (seed ${PAGED_SITE.seed}), ${pagedAll.length} pages into ${keep ? pagedDir : "a temporary folder"} (${seconds(performance.now() - started)})`);

  const server = await startStaticServer(siteDir);
  let pagedServer: Awaited<ReturnType<typeof startStaticServer>> | undefined;
  const results: GateResult[] = [];
  try {
    pagedServer = await startStaticServer(pagedDir);
    const ctx: GateContext = { root, siteDir, pages, origin: server.origin, outputDir: path.join(root, "gates-output") };
    const paged = pagedTargets(pagedDir, pagedAll, pagedServer.origin);
    const pagedCtx: GateContext = { ...ctx, siteDir: pagedDir, pages: paged.files, origin: pagedServer.origin, crawl: false };
    const generated = " (generated site)";
    results.push(...(await timed("html-validate", () => htmlValidateGate(ctx))));
    results.push(...(await timed("html-validate", () => htmlValidateGate(pagedCtx), generated)));
    results.push(...(await timed("nu-checker", () => nuCheckerGate(ctx))));
    results.push(...(await timed("nu-checker", () => nuCheckerGate(pagedCtx), generated)));
    results.push(...(await timed("linkinator", () => linksGate(ctx))));
    results.push(...(await timed("linkinator", () => linksGate(pagedCtx), generated)));
    results.push(...(await timed("feeds", () => feedsGate(ctx))));
    results.push(...(await timed("browser", () => browserGates(ctx, paged))));
    results.push(...(await timed("lighthouse", () => lighthouseGate(ctx))));
  } finally {
    await server.close();
    await pagedServer?.close();
    if (!keep) await rm(tmp, { recursive: true, force: true });
  }
  const failed = results.filter((r) => !r.ok).map((r) => r.name);
  console.log(failed.length ? `gates: ${failed.length} of ${results.length} failed (${failed.join(", ")})` : `gates: all ${results.length} green`);
  return failed.length ? 1 : 0;
}

process.exitCode = await main();
