import path from "node:path";
import type { Page } from "playwright-core";

/** The file of one screenshot: `gates-output/home-390.png`. */
export function screenshotFile(outputDir: string, name: string, width: number): string {
  return path.join(outputDir, `${name}-${width}.png`);
}

/** Gate 6, one page: a full-page PNG; returns the file written. */
export async function takeScreenshot(page: Page, outputDir: string, name: string, width: number): Promise<string> {
  const file = screenshotFile(outputDir, name, width);
  await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
  return file;
}
