import { existsSync } from "node:fs";
import { readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { digest, linkTree, stableJson } from "../build/cache.ts";
import { precompress } from "../build/precompress.ts";
import type { Release } from "../content/release.ts";
import { fold } from "../persian/fold.js";

/** Text of an HTML fragment for the index: tags dropped, entities the renderer emits decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^<>]+>/g, " ")
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/** What Pagefind indexes for one release: title, lead and body only, folded. */
export function searchRecord(release: Release) {
  return {
    url: release.url,
    language: "fa",
    content: fold(`${release.title}\n${release.lead}\n${htmlToText(release.bodyHtml)}`),
    meta: { title: release.title },
    filters: {
      "موضوع": release.topics.map((t) => t.name),
      "شهرستان": [release.county ? release.county.name : "سراسر استان"],
    },
  };
}

/**
 * Whether a path in the site is one of Pagefind's files named by a hash of their bytes (its
 * fragments, index and filter chunks, its metadata file: `pagefind/fragment/fa_3f0c1d2e4b.pf_fragment`),
 * so a file of that name already published has those very bytes. Pagefind relies on it for
 * caching; after one release is added, 9,891 of the 9,892 fragments keep their names and bytes,
 * the chunks all get new names (10,000 releases). A warm build does not read them to compare
 * (src/build/swap.ts); tests/build/cache.test.ts and output-manifest.test.ts would see it break.
 */
export function namedByContent(sitePath: string): boolean {
  return /^pagefind\/(?:(?:fragment|index|filter)\/[a-z-]+_[0-9a-f]{6,}\.pf_(?:fragment|index|filter)|pagefind\.[a-z-]+_[0-9a-f]{6,}\.pf_meta)$/.test(sitePath);
}

const PAGEFIND_OPTIONS = { forceLanguage: "fa" };
/** Records sent to Pagefind before waiting for its answers (see `runPagefind`). */
const RECORDS_PER_BATCH = 500;

/**
 * Build the Pagefind index of the listed releases into `<outDir>/pagefind/`. Records come
 * from the typed releases, not from HTML pages, so menus and footers are never indexed and
 * no page is parsed twice.
 *
 * With a `cacheDir` (full builds), the finished index — Pagefind's files and their `.gz` — is
 * kept under `<cacheDir>/search/<hash of the records>/` and hard-linked into the output when
 * the indexed text, URLs, titles and filters are the same as last time, so Pagefind runs only
 * when what is searched changed. (Pagefind 1.6 cannot update an index in part: any change
 * rebuilds it whole. Splitting it into several indexes merged in the browser would rank
 * results differently and cost the search page more requests on its first query.)
 */
export async function writeSearchIndex(releases: readonly Release[], outDir: string, cacheDir?: string): Promise<number> {
  return (await indexReleases(releases, outDir, cacheDir)).records;
}

export interface SearchIndexResult {
  /** Releases indexed. */
  records: number;
  /** With a cache: the key of the index (same records, same key), for the output's manifest. */
  key?: string;
  /** Nothing was written because `liveKey` (the index already in the output) is this one. */
  kept: boolean;
  /** With a cache: the folder of the finished index, `<cacheDir>/search/<key>`. */
  entry?: string;
  /** Whether it was put into `<outDir>/pagefind` (see `place`). */
  placed: boolean;
}

/**
 * `writeSearchIndex` with its key. With a `cacheDir`: when `liveKey` (the index already in the
 * output) is the key of these records, nothing is written at all; otherwise Pagefind writes
 * straight into the cache folder of the key (unless it is there already), and the index is
 * linked into `<outDir>/pagefind` when `place` (asked once the output's check is done) says so.
 * `npm run build` says no when the output in place is the last build's: it then takes from the
 * cache folder only what differs from the live index (src/build/build-site.ts), instead of
 * linking 10,000 files into staging only to delete them again.
 */
export async function indexReleases(
  releases: readonly Release[], outDir: string, cacheDir?: string, liveKey?: string,
  place: () => boolean | Promise<boolean> = () => true,
): Promise<SearchIndexResult> {
  const target = path.join(outDir, "pagefind");
  if (!cacheDir) return { records: await runPagefind(releases.map(searchRecord), target), kept: false, placed: true };
  const records = releases.map(searchRecord);
  const store = path.join(cacheDir, "search");
  const key = digest(stableJson({ PAGEFIND_OPTIONS, records })).slice(0, 40);
  if (key === liveKey) return { records: records.length, key, kept: true, placed: false };
  const entry = path.join(store, key);
  if (!existsSync(entry)) {
    const tmp = `${entry}.tmp-${process.pid}`;
    await rm(tmp, { recursive: true, force: true });
    await runPagefind(records, tmp);
    // Compressed here rather than with the rest of the site, so the cached copy has its .gz too.
    await precompress(tmp);
    // One index at a time: the previous ones are stale.
    for (const name of await readdir(store)) {
      if (name !== path.basename(tmp)) await rm(path.join(store, name), { recursive: true, force: true });
    }
    await rename(tmp, entry);
  }
  // Pagefind's top-level files (pagefind-entry.json, its scripts) keep their names when their
  // bytes change, and `npm start` rewrites them in place: copied, not linked, both ways.
  const placed = await place();
  if (placed) await linkTree(entry, target, true);
  return { records: records.length, key, kept: false, entry, placed };
}

/** Index `records` with Pagefind into the folder `outputPath`. */
async function runPagefind(records: ReturnType<typeof searchRecord>[], outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex(PAGEFIND_OPTIONS);
  if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
  try {
    // Records go in batches: within one, every record is sent before any is awaited (one round
    // trip per record would leave both processes idle); between them, the queue drains. Sending
    // all 10,000 at once held them all in this process at the same time: 447 MiB peak against
    // 319 MiB in batches of 500, same CPU; Pagefind's own ~1 GB is unchanged (docs/performance.md).
    for (let start = 0; start < records.length; start += RECORDS_PER_BATCH) {
      const batch = records.slice(start, start + RECORDS_PER_BATCH);
      const added = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
      added.forEach((result, i) => {
        if (result.errors.length) throw new Error(`Pagefind ${batch[i]?.url}: ${result.errors.join("; ")}`);
      });
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
    return records.length;
  } finally {
    await pagefind.close();
  }
}
