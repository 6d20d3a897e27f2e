import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../../src/gates/browser.ts";

/** Not a test: helpers for tests that measure what Chromium displays. */

const CSS = readFileSync(path.join(process.cwd(), "src/assets/css/site.css"), "utf8").replace(/@font-face\s*\{[^}]*\}/g, "");

/** Run `fn` with a page of Debian's Chromium; the browser and its profile are always removed. */
export async function withPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
  const profile = await mkdtemp(path.join(os.tmpdir(), "newsroom-bidi-chromium-"));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    return await fn(page);
  } finally {
    await context?.close();
    await rm(profile, { recursive: true, force: true });
  }
}

/** Put each HTML fragment in its own block of a `<html lang="fa" dir="rtl">` page, with the site's stylesheet unless `css: false` (a feed reader). */
export async function showFragments(page: Page, fragments: readonly string[], opts: { css: boolean } = { css: true }): Promise<void> {
  const blocks = fragments.map((html, i) => `<div id="f${i}">${html}</div>`).join("\n");
  const style = opts.css ? `<style>${CSS}</style>` : "";
  await page.setContent(`<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8">${style}</head><body>${blocks}</body></html>`);
}

/**
 * The order in which `groups` (substrings of fragment `i`, given in the order they were written)
 * appear from left to right on screen: [0, 1, 2] means displayed as written, left to right.
 * Each group is found after the previous one in the fragment's text; its x is the left edge of
 * the first client rect of a Range over its characters.
 */
export async function leftToRight(page: Page, i: number, groups: readonly string[]): Promise<number[]> {
  const xs = await page.evaluate(([id, wanted]) => {
    const root = document.getElementById(id) as HTMLElement;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    let node = 0;
    let offset = 0;
    return wanted.map((g) => {
      for (; node < nodes.length; node++, offset = 0) {
        const at = (nodes[node] as Text).data.indexOf(g, offset);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(nodes[node] as Text, at);
        range.setEnd(nodes[node] as Text, at + g.length);
        offset = at + g.length;
        return range.getClientRects()[0]?.left ?? NaN;
      }
      return NaN;
    });
  }, [`f${i}`, groups] as const);
  if (xs.some((x) => Number.isNaN(x))) throw new Error(`fragment ${i}: a group of ${groups.join(" ")} was not found`);
  return xs.map((x, k) => [x, k] as const).sort((a, b) => a[0] - b[0]).map(([, k]) => k);
}
