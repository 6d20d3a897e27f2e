import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Newsroom } from "../collections/newsroom.ts";
import type { Site } from "../content/site.ts";
import { renderFeeds } from "./render-feeds.ts";

/** Write every feed into the output folder; returns how many files were written. */
export async function writeFeeds(newsroom: Newsroom, site: Site, outDir: string): Promise<number> {
  const files = renderFeeds(newsroom, site);
  const folders = new Set(files.map((f) => path.dirname(path.join(outDir, f.path))));
  await Promise.all([...folders].map((d) => mkdir(d, { recursive: true })));
  await Promise.all(files.map((f) => writeFile(path.join(outDir, f.path), f.content)));
  return files.length;
}
