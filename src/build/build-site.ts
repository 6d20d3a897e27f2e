import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import type { Newsroom } from "../collections/newsroom.ts";
import { ContentError } from "../content/problem.ts";
import { handOff, loadNewsroom } from "../content/store.ts";
import { bulkPagesRendered, bulkPagesWritten } from "../render/bulk-pages.ts";
import { defaultCacheBase, openBuildCache } from "./cache.ts";
import { GzipStore } from "./gzip-store.ts";
import { indexReleases, namedByContent, type SearchIndexResult } from "../search/index-releases.ts";
import {
  checkOutput, dropAltered, dropCorrupted, entryOf, forgetManifest, manifestOf, manifestPath, manifestSignature, readManifest,
  writeManifest, type OutputManifest,
} from "./output-manifest.ts";
import { mark, resetPhases, timePhase } from "./phases.ts";
import { precompress } from "./precompress.ts";
import { beginStaging, endStaging } from "./staging.ts";
import { applyChanges, compareFolder, compareStaged, placeFiles, removeLeftovers, swapIn, type StagedComparison } from "./swap.ts";

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
  /** With a cache: the output's signature (`outputSignature` in src/build/unchanged.ts), from its manifest. */
  outputSignature?: string;
  /** Files the swap renamed into the output, and removed from it (all of them after a full staging). */
  swapped?: { changed: number; removed: number; full: boolean };
}

/**
 * Validate every release first (a ContentError lists all problems and nothing is built; so does
 * finding no release at all, unless `allowEmpty`),
 * then build into a fresh folder beside the output and swap it in only when everything
 * succeeded, so a failed build leaves the previous site untouched. Staging folders that a
 * killed build left behind are removed first; the swap never leaves `outDir` missing (swap.ts).
 *
 * The search index (Pagefind, the longest part of a build whose indexed text changed) starts
 * right after the releases are loaded and the cache opened, before Eleventy is even imported.
 * With a cache, when `outDir` is exactly the folder the last build swapped in (its manifest,
 * src/build/output-manifest.ts), the build stages only what changed: pages whose key is the
 * live one are not written, nor an unchanged search index; other staged files with the live
 * bytes are not renamed in; files no longer produced are removed (swap.ts `swapChanges`).
 * Otherwise everything is staged and swapped in, as in a cold build.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const releasesDir = path.resolve(options.root, options.releasesDir ?? "releases");
  const dataDir = path.resolve(options.root, options.dataDir ?? "_data");
  const mediaDir = path.resolve(options.root, options.mediaDir ?? "media");
  resetPhases();
  mark("build start");
  const cacheBase = options.cacheDir ?? defaultCacheBase(options.root);
  const cache = cacheBase ? await openBuildCache(path.resolve(cacheBase), options.root, dataDir) : undefined;
  mark("cache opened");
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
  mark("releases loaded");

  const outDir = path.resolve(options.outDir);
  const staging = `${outDir}.tmp-${process.pid}`;
  removeLeftovers(outDir);
  process.env.NEWSROOM_RELEASES = releasesDir;
  process.env.NEWSROOM_OUTPUT = staging;
  process.env.NEWSROOM_DATA = dataDir;
  process.env.NEWSROOM_MEDIA = mediaDir;
  if (cache) process.env.NEWSROOM_CACHE = cache.dir;
  else delete process.env.NEWSROOM_CACHE;
  const manifestFile = cache && manifestPath(cache.dir, outDir);
  const manifest0 = manifestFile ? readManifest(manifestFile) : undefined;
  // Pagefind first: it is the longest part. When the index is the one the output's manifest
  // names, nothing is written; whether the output in place is the last build's is known once
  // checked (below): then the index stays in the cache and only what differs from the live one
  // is staged; otherwise the index is placed whole after all.
  let trust: (live: boolean) => void = () => undefined;
  const trusted = new Promise<boolean>((resolve) => (trust = resolve));
  let search = timePhase("search index", () => indexReleases(newsroom.listed, staging, cache?.dir, manifest0?.search, async () => !(await trusted)));
  search.then(() => mark("search index done"), () => undefined); // awaited (and reported) by the plugin
  mark("search index started");
  let live: OutputManifest | undefined;
  try {
    if (cache && manifestFile) {
      const check = await timePhase("check output", () => checkOutput(manifest0, outDir));
      live = check.live;
      // Files changed in place may have changed their cache entries too (hard links): drop those.
      if (!live && check.changed.length > 0) dropCorrupted(cache.dir, check.changed);
      // …and a page written in place whose output was then removed or replaced.
      if (!live && manifest0) dropAltered(cache.dir, manifest0);
      mark("output checked");
    }
  } finally {
    trust(live !== undefined);
  }
  if (!live) {
    const first = search;
    search = first.then((done) => (done.kept ? indexReleases(newsroom.listed, staging, cache?.dir) : done));
    search.catch(() => undefined);
  }
  const session = beginStaging({ search, live });
  handOff(newsroom);
  try {
    const { default: Eleventy } = await import("@11ty/eleventy");
    mark("eleventy imported");
    const eleventy = new Eleventy(undefined, staging, {
      configPath: path.join(options.root, ".eleventy.ts"),
      quietMode: !options.verbose,
    });
    // Eleventy's summary counts only its own few pages; the build command prints the real one.
    if (!options.verbose) eleventy.disableLogger();
    mark("eleventy created");
    const written = (await timePhase("eleventy", () => eleventy.write())) as unknown as [unknown[], unknown[]];
    mark("eleventy done");
    if (!existsSync(staging)) throw new Error(`Eleventy wrote nothing to ${staging}`);
    // Pagefind may still be writing into staging/pagefind: everything else is done meanwhile.
    const gzip = cache ? await new GzipStore(cache.dir).open() : undefined;
    await timePhase("precompress", () => precompress(staging, ["pagefind"], gzip));
    mark("precompressed");
    const previous = new Set(live ? Object.keys(live.files) : []);
    const rest = live && (await timePhase("swap", () => compareStaged(staging, outDir, previous, { skip: "pagefind" })));
    mark("compared");
    const searched = await search;
    mark("search awaited");
    const index = path.join(staging, "pagefind");
    if (existsSync(index)) await timePhase("precompress", () => precompress(index)); // done already with a cache
    if (manifestFile) forgetManifest(manifestFile); // until the output is whole again
    const pageKeys = session.pageKeys ?? new Map<string, string>();
    let manifest: OutputManifest | undefined;
    let swapped: BuildResult["swapped"];
    if (live && rest) {
      const kept = new Set<string>();
      for (const page of session.keptPages ?? []) kept.add(page).add(`${page}.gz`);
      if (searched.kept) for (const file of previous) if (file.startsWith("pagefind/")) kept.add(file);
      const found = await timePhase("swap", () => indexChanges(searched, staging, outDir, previous));
      mark("index compared");
      const changed = [...rest.changed, ...found.changed];
      const staged = new Set([...changed, ...rest.same, ...found.same]);
      const removed = await timePhase("swap", () => applyChanges(staging, outDir, changed, staged, previous, kept));
      mark("renamed in");
      const files = { ...live.files };
      for (const file of removed) delete files[file];
      for (const file of changed) files[file] = entryOf(outDir, file, undefined);
      for (const [file, key] of pageKeys) if (files[file]) files[file] = { ...files[file], key };
      manifest = { outDir, ...(searched.key ? { search: searched.key } : {}), files };
      swapped = { changed: changed.length, removed: removed.length, full: false };
    } else {
      await timePhase("swap", () => swapIn(staging, outDir));
      if (manifestFile) manifest = manifestOf(outDir, pageKeys, searched.key);
      swapped = { changed: manifest ? Object.keys(manifest.files).length : 0, removed: 0, full: true };
    }
    if (manifest && manifestFile) writeManifest(manifestFile, manifest);
    mark("swapped");
    return {
      newsroom, pages: (written[1]?.length ?? 0) + bulkPagesWritten(), rendered: bulkPagesRendered(), swapped,
      ...(manifest ? { outputSignature: manifestSignature(manifest) } : {}),
    };
  } catch (err) {
    await search.catch(() => undefined); // Pagefind's process ends before the build does
    await rm(staging, { recursive: true, force: true });
    throw err;
  } finally {
    endStaging();
    delete process.env.NEWSROOM_OUTPUT;
    delete process.env.NEWSROOM_DATA;
    delete process.env.NEWSROOM_RELEASES;
    delete process.env.NEWSROOM_MEDIA;
    delete process.env.NEWSROOM_CACHE;
  }
}

/**
 * The files of the new search index that differ from the live output's, staged to be renamed in.
 * The index normally stays in the build cache on a warm build (`indexReleases`' `place`): what
 * differs is linked into staging from there; Pagefind's hash-named files the output already has
 * are the same without being read (`namedByContent`).
 */
function indexChanges(searched: SearchIndexResult, staging: string, outDir: string, previous: ReadonlySet<string>): StagedComparison {
  if (searched.kept || !searched.entry) return { changed: [], same: [] };
  if (searched.placed) return compareStaged(staging, outDir, previous, { only: "pagefind", namedByContent });
  const differ = compareFolder(searched.entry, "pagefind", outDir, previous, namedByContent);
  placeFiles(searched.entry, "pagefind", staging, differ.changed);
  return differ;
}
