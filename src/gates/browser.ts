import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { axeViolations } from "./axe.ts";
import { fontProblems, fontReport } from "./fonts.ts";
import { takeScreenshot } from "./screenshots.ts";
import { count } from "./site-files.ts";
import { findTargets, WIDTHS, type Target } from "./targets.ts";
import { result, type GateContext, type GateResult } from "./types.ts";

export const CHROMIUM = "/usr/bin/chromium";
/**
 * Debian's Chromium headless on a closed network: without the background-networking flags it keeps
 * trying Google's hosts (shared/design/quality-gates.md). Every browser of the gates and tests uses these.
 */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const HEIGHT: Record<number, number> = { 390: 844, 1280: 800 };

/** favicon.ico is asked for by the browser itself, not by the page: never a finding. */
const isFavicon = (url: string) => /\/favicon\.ico(?:\?|$)/.test(url);

interface Visit {
  target: Target;
  width: number;
  label: string;
}

/**
 * Gates 5–7 and the browser's own errors, in one pass of Debian's Chromium at 390 and 1280 px
 * over the pages of `findTargets` and the `extra` pages (the generated site's numbered listings,
 * each with its own `origin`): axe, a full-page screenshot, the Vazirmatn check (home and
 * release), and every console error, page error, failed request or HTTP error response.
 * `extra.problems` (pages that could not be found) fail axe and screenshots.
 * Returns four results: axe, screenshots, fonts, browser.
 */
export async function browserGates(ctx: GateContext, extra: { targets: Target[]; problems: string[] } = { targets: [], problems: [] }): Promise<GateResult[]> {
  const names = ["axe", "screenshots", "fonts", "browser"];
  if (!existsSync(CHROMIUM)) {
    return names.map((n) => result(n, false, `${CHROMIUM} not found`, ["install Debian's Chromium: apt-get install -y chromium"]));
  }
  const found = findTargets(ctx.siteDir, ctx.pages);
  const targets = [...found.targets, ...extra.targets];
  const problems = [...found.problems, ...extra.problems];
  await rm(ctx.outputDir, { recursive: true, force: true });
  await mkdir(ctx.outputDir, { recursive: true });
  const profile = await mkdtemp(path.join(os.tmpdir(), "newsroom-gates-chromium-"));
  const axe: string[] = [];
  const shots: string[] = [];
  const shotProblems: string[] = [];
  const fonts: string[] = [];
  const fontNotes: string[] = [];
  const console_: string[] = [...problems];
  let fontPages = 0;
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const visits: Visit[] = WIDTHS.flatMap((width) => targets.map((target) => ({ target, width, label: `${target.origin ? "generated site " : ""}${target.urlPath} @${width}` })));
    for (const { target, width, label } of visits) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: HEIGHT[width] ?? 800 });
      const errors: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error" && !isFavicon(m.location().url)) errors.push(`console error: ${m.text().slice(0, 200)}`);
      });
      page.on("pageerror", (e) => errors.push(`page error: ${e.message.slice(0, 200)}`));
      const origin = target.origin ?? ctx.origin;
      page.on("requestfailed", (r) => {
        if (!isFavicon(r.url())) errors.push(`request failed: ${r.url().replace(origin, "")} (${r.failure()?.errorText ?? "?"})`);
      });
      page.on("response", (r) => {
        if (r.status() >= 400 && !isFavicon(r.url())) errors.push(`HTTP ${r.status()}: ${r.url().replace(origin, "")}`);
      });
      try {
        const response = await page.goto(`${origin}${target.urlPath}`, { waitUntil: "load", timeout: 30_000 });
        if (!response || response.status() !== 200) errors.push(`page answered ${response?.status() ?? "nothing"}`);
        if (target.waitFor) await page.waitForSelector(target.waitFor, { timeout: 30_000 });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        for (const v of await axeViolations(page)) axe.push(`${label} ${v}`);
        shots.push(path.relative(ctx.root, await takeScreenshot(page, ctx.outputDir, target.name, width)));
        if (target.fonts) {
          fontPages++;
          const report = await fontReport(page);
          for (const p of fontProblems(report)) fonts.push(`${label} ${p}`);
          fontNotes.push(`${label}: ${report.faces.map((f) => `${f.status} [${f.unicodeRange.slice(0, 24)}…]`).join(", ")}; body: ${report.bodyFamily}`);
        }
      } catch (err) {
        const msg = `${label} ${(err as Error).message.split("\n")[0]}`;
        axe.push(msg);
        shotProblems.push(msg);
      }
      for (const e of errors) console_.push(`${label} ${e}`);
      await page.close();
    }
  } catch (err) {
    const msg = `could not run Chromium: ${(err as Error).message.split("\n")[0]}`;
    return names.map((n) => result(n, false, msg, [msg]));
  } finally {
    await context?.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
  }
  const visits = targets.length * WIDTHS.length;
  const widths = WIDTHS.join(" and ");
  return [
    result("axe", axe.length === 0 && problems.length === 0, `${count(targets.length, "page")} × ${widths} px, ${count(axe.length, "violation")}`, [...problems, ...axe]),
    result("screenshots", shots.length === visits && shotProblems.length === 0 && problems.length === 0, `${count(shots.length, "screenshot")} in ${path.relative(ctx.root, ctx.outputDir)}/`, [...problems, ...shotProblems], shots),
    result("fonts", fonts.length === 0 && fontPages > 0, `Vazirmatn on ${count(fontPages, "page visit")}, ${count(fonts.length, "problem")}`, fontPages ? fonts : ["no page checked", ...fonts], fontNotes),
    result("browser", console_.length === 0, `${count(visits, "page visit")}, ${count(console_.length, "console error or failed request", "console errors or failed requests")}`, console_),
  ];
}
