import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Newsroom } from "../collections/newsroom.ts";
import { gzipDeterministic, writeGzip } from "../build/precompress.ts";
import type { Site } from "../content/site.ts";
import type { PageCache } from "./page-cache.ts";

/** The part of Nunjucks' Environment used here (Eleventy hands us its own instance). */
export interface NunjucksEnvironment {
  getTemplate(name: string, eagerCompile?: boolean): { render(context: object): string };
}

/** A page of the bulk: its URL and what its templates read as `item`. */
interface BulkItem {
  url: string;
}

let lastWritten = 0;
let lastRendered = 0;
let lastRenderedByKind: Record<BulkKind, number> = { release: 0, listing: 0, "archive year": 0 };

/** The three kinds of bulk page, as `npm run bench` counts them. */
export type BulkKind = "release" | "listing" | "archive year";

/** Pages the last call wrote (the build reports them with Eleventy's own). */
export function bulkPagesWritten(): number {
  return lastWritten;
}

/** Of those, pages the last call rendered (the others came from the build cache). */
export function bulkPagesRendered(): number {
  return lastRendered;
}

/** Of those, pages the last call rendered, by kind (`npm run bench` prints what a change costs). */
export function bulkPagesRenderedByKind(): Record<BulkKind, number> {
  return { ...lastRenderedByKind };
}

/** How many files are being written at once while the next pages render. */
const WRITES_IN_FLIGHT = 32;

/**
 * Render the thousands of release, listing and archive-year pages in one loop, with
 * Eleventy's own Nunjucks environment (its filters, includes and cache), and write them.
 *
 * Why not Eleventy pagination: Eleventy's per-page pipeline (data cascade, proxies, per-page
 * template clones, layout chain, collections bookkeeping) cost about 0.7 ms a page before any
 * template work, and it holds every page in memory; for 12,000 pages that was most of the
 * render time and memory (docs/performance.md). The templates are the same `.njk` files.
 *
 * With a `cache` (full builds), a page whose inputs did not change since the last build is
 * hard-linked from it with its `.gz`: not rendered, compressed or written again.
 */
export async function renderBulkPages(
  env: NunjucksEnvironment,
  newsroom: Newsroom,
  globals: { site: Site; assets: { css: string } },
  outDir: string,
  precompressed: boolean,
  cache?: PageCache,
): Promise<number> {
  const layout = env.getTemplate("layouts/base.njk", true);
  const made = new Set<string>();
  const inFlight = new Set<Promise<void>>();
  let written = 0;
  let rendered = 0;
  const byKind: Record<BulkKind, number> = { release: 0, listing: 0, "archive year": 0 };

  const fileOf = async (url: string) => {
    const file = path.join(outDir, url, "index.html");
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      made.add(dir);
      await mkdir(dir, { recursive: true });
    }
    return file;
  };

  const write = async (url: string, html: string, key: string | undefined) => {
    const file = await fileOf(url);
    const bytes = Buffer.from(html);
    if (cache && key) {
      const gz = await gzipDeterministic(bytes);
      return cache.store(key, file, bytes, gz.length < bytes.length ? gz : undefined);
    }
    if (precompressed) {
      await writeFile(file, bytes);
      // Compressed now, from memory, for nginx's gzip_static: nothing is read back later.
      await writeGzip(file, bytes);
    } else {
      // While serving, into the last build's output: a new file renamed over the old one, never
      // a write into it, because the old one may be a hard link into the build cache.
      await writeFile(`${file}.tmp-${process.pid}`, bytes);
      await rename(`${file}.tmp-${process.pid}`, file);
    }
  };

  const renderAll = async (kind: BulkKind, bodyTemplate: string, items: readonly BulkItem[]) => {
    const body = env.getTemplate(bodyTemplate, true);
    for (const item of items) {
      const key = cache?.key(item.url, item);
      if (cache && key && cache.keepsLive(item.url, key)) {
        written++; // already in the output in place, unchanged: nothing to write
        continue;
      }
      let job: Promise<void>;
      if (cache && key && cache.has(key)) {
        job = fileOf(item.url).then((file) => cache.place(key, file)).finally(() => inFlight.delete(job));
      } else {
        const context = { ...globals, newsroom, item, page: { url: item.url } };
        const html = layout.render({ ...context, content: body.render(context) });
        rendered++;
        byKind[kind]++;
        job = write(item.url, html, key).finally(() => inFlight.delete(job));
      }
      inFlight.add(job);
      written++;
      if (inFlight.size >= WRITES_IN_FLIGHT) await Promise.race(inFlight);
    }
  };

  await renderAll("release", "pages/release.njk", newsroom.render.releasePages);
  await renderAll("listing", "pages/listing.njk", newsroom.render.listingPages);
  await renderAll("archive year", "pages/archive-year.njk", newsroom.render.archivePages);
  await Promise.all(inFlight);
  lastWritten = written;
  lastRendered = rendered;
  lastRenderedByKind = byKind;
  return written;
}
