import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type { Newsroom } from "../collections/newsroom.ts";
import { ContentError } from "../content/problem.ts";
import { handOff, loadNewsroom } from "../content/store.ts";
import { bulkPagesRendered, bulkPagesWritten } from "../render/bulk-pages.ts";
import { defaultCacheBase, openBuildCache } from "./cache.ts";
import { GzipStore } from "./gzip-store.ts";
import { resetPhases, timePhase } from "./phases.ts";
import { precompress } from "./precompress.ts";
import { removeLeftovers, swapIn } from "./swap.ts";

export interface BuildOptions {
  /** Project root (where `.eleventy.ts` is). */
  root: string;
  /** Final output folder, e.g. `<root>/_site`. */
  outDir: string;
  /** Release folder; default `<root>/releases`. */
  releasesDir?: string;
  /** Data folder (`site.json`, `topics.json`, …); default `<root>/_data`. */
  dataDir?: string;
  /** Folder of `/media/…` files; default `<root>/media`. */
  mediaDir?: string;
  /** Let Eleventy log each file it writes. */
  verbose?: boolean;
  /** Build even when no release is found (`npm run build -- --allow-empty`); refused otherwise. */
  allowEmpty?: boolean;
  /** Build cache folder (src/build/cache.ts); default `<root>/.cache/build`; `false`: none. */
  cacheDir?: string | false;
}

export interface BuildResult {
  newsroom: Newsroom;
  /** Pages rendered: Eleventy's own and the plugin's release, listing and archive pages. */
  pages: number;
  /** Of the plugin's pages, those rendered by this build (the others came from the cache). */
  rendered: number;
}

/**
 * Validate every release first (a ContentError lists all problems and nothing is built; so does
 * finding no release at all, unless `allowEmpty`),
 * then build into a fresh folder beside the output and swap it in only when everything
 * succeeded, so a failed build leaves the previous site untouched. Staging folders that a
 * killed build left behind are removed first; the swap never leaves `outDir` missing (swap.ts).
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const releasesDir = path.resolve(options.root, options.releasesDir ?? "releases");
  const dataDir = path.resolve(options.root, options.dataDir ?? "_data");
  const mediaDir = path.resolve(options.root, options.mediaDir ?? "media");
  resetPhases();
  const cacheBase = options.cacheDir ?? defaultCacheBase(options.root);
  const cache = cacheBase ? await openBuildCache(path.resolve(cacheBase), options.root, dataDir) : undefined;
  const newsroom = await timePhase("load and validate", () => loadNewsroom({ root: options.root, releasesDir, dataDir, mediaDir, cacheDir: cache?.dir }));
  const found = newsroom.pages.length + newsroom.scheduled.length + newsroom.drafts.length;
  if (found === 0 && !options.allowEmpty) {
    const shown = `${path.relative(options.root, releasesDir).split(path.sep).join("/") || "."}/`;
    throw new ContentError([{
      file: shown, field: "releases", severity: "error",
      fa: "هیچ خبری پیدا نشد و سایت خالی منتشر نمی‌شود؛ اگر سایت خالی را می‌خواهید، با npm run build -- --allow-empty بسازید",
      en: "no release was found, and an empty site is never published by accident; if an empty site is intended, run npm run build -- --allow-empty",
    }]);
  }

  const outDir = path.resolve(options.outDir);
  const staging = `${outDir}.tmp-${process.pid}`;
  removeLeftovers(outDir);
  process.env.NEWSROOM_RELEASES = releasesDir;
  process.env.NEWSROOM_OUTPUT = staging;
  process.env.NEWSROOM_DATA = dataDir;
  process.env.NEWSROOM_MEDIA = mediaDir;
  if (cache) process.env.NEWSROOM_CACHE = cache.dir;
  else delete process.env.NEWSROOM_CACHE;
  handOff(newsroom);
  try {
    const eleventy = new Eleventy(undefined, staging, {
      configPath: path.join(options.root, ".eleventy.ts"),
      quietMode: !options.verbose,
    });
    // Eleventy's summary counts only its own few pages; the build command prints the real one.
    if (!options.verbose) eleventy.disableLogger();
    const written = (await timePhase("eleventy", () => eleventy.write())) as unknown as [unknown[], unknown[]];
    if (!existsSync(staging)) throw new Error(`Eleventy wrote nothing to ${staging}`);
    const gzip = cache ? await new GzipStore(cache.dir).open() : undefined;
    await timePhase("precompress", () => precompress(staging, [], gzip));
    swapIn(staging, outDir);
    return { newsroom, pages: (written[1]?.length ?? 0) + bulkPagesWritten(), rendered: bulkPagesRendered() };
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw err;
  } finally {
    delete process.env.NEWSROOM_OUTPUT;
    delete process.env.NEWSROOM_DATA;
    delete process.env.NEWSROOM_RELEASES;
    delete process.env.NEWSROOM_MEDIA;
    delete process.env.NEWSROOM_CACHE;
  }
}
