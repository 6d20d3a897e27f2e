import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { writeAdmin } from "./admin-build/write-admin.ts";
import { stylesheet, type Stylesheet } from "./assets-pipeline/stylesheet.ts";
import { cacheVersion, defaultCacheBase } from "./build/cache.ts";
import { GzipStore } from "./build/gzip-store.ts";
import { forgetLastBuilds } from "./build/last-build.ts";
import { addPhase, mark, timePhase } from "./build/phases.ts";
import { precompress } from "./build/precompress.ts";
import { stagingSession } from "./build/staging.ts";
import { copyReleaseFiles } from "./build/release-files.ts";
import { readSite } from "./content/site.ts";
import { CSP_META } from "./security/csp.ts";
import { sideColumn } from "./collections/side.ts";
import { NewsroomStore } from "./content/store.ts";
import { writeFeeds } from "./feeds/write-feeds.ts";
import { addFilters } from "./filters/index.ts";
import { markFile, writeFavicons } from "./identity/favicons.ts";
import { processReleaseImages } from "./images/release-images.ts";
import { renderBulkPages, type NunjucksEnvironment } from "./render/bulk-pages.ts";
import { PageCache, templatesReadNewsroom } from "./render/page-cache.ts";
import { indexReleases, writeSearchIndex } from "./search/index-releases.ts";
import { renderRobots, renderSitemap } from "./sitemap/sitemap.ts";

const FONT_DIR = "node_modules/@fontsource-variable/vazirmatn/files";

interface BuildEvent {
  directories: { output: string };
  runMode: "build" | "watch" | "serve";
}

/**
 * The newsroom plugin: loads releases once per build and wires filters, data, assets,
 * the stylesheet, images, release files, feeds, the sitemap and the search index.
 * Per-run settings come from the environment because Eleventy caches the config module:
 * `NEWSROOM_RELEASES` (default `releases`), `NEWSROOM_DATA` (default `_data`),
 * `NEWSROOM_MEDIA` (default `media`) and `NEWSROOM_CACHE`: the build cache's versioned folder
 * (src/build/cache.ts), opened by `npm run build`; without it (e.g. `npm start`) nothing is cached.
 */
export default function newsroom(config: UserConfig): void {
  const root = process.cwd();
  const releasesDir = path.resolve(root, process.env.NEWSROOM_RELEASES ?? "releases");
  const dataDir = path.resolve(root, process.env.NEWSROOM_DATA ?? "_data");
  const mediaDir = path.resolve(root, process.env.NEWSROOM_MEDIA ?? "media");
  const store = new NewsroomStore({ root, releasesDir, dataDir, mediaDir });
  // site.css on every page; listing.css also on every page but a release's (its byte budget).
  const cssFiles = ["site", "listing"].map((name) => path.join(root, `src/assets/css/${name}.css`));
  let css: Stylesheet[] | undefined; // minified once per build, in eleventy.before
  const currentCss = () => (css ??= cssFiles.map(stylesheet));
  const assetUrls = () => {
    const [main, listing] = currentCss();
    return { css: main?.url ?? "", listingCss: listing?.url ?? "" };
  };

  let search: Promise<unknown> | undefined;
  let cacheDir: string | undefined;
  let renderStarted = 0;
  let onlyReleasesChanged = false;
  let nunjucks: NunjucksEnvironment | undefined;
  config.on("eleventy.engine.njk", ({ environment }: { environment: NunjucksEnvironment }) => {
    nunjucks = environment;
  });
  config.on("eleventy.beforeWatch", (changed: string[]) => {
    onlyReleasesChanged = changed.length > 0 && changed.every((f) => path.resolve(root, f).startsWith(releasesDir + path.sep));
  });
  config.on("eleventy.before", async ({ directories, runMode }: BuildEvent) => {
    mark("eleventy.before");
    // `npm run build` hands the store its releases; serving loads them, through the parse cache.
    if (runMode !== "build") store.persistParses(() => path.join(defaultCacheBase(root), cacheVersion(root, dataDir)));
    const { pages, listed } = await timePhase("load and validate", () => store.refresh(runMode !== "build" && onlyReleasesChanged));
    onlyReleasesChanged = false;
    cacheDir = runMode === "build" ? process.env.NEWSROOM_CACHE : undefined;
    // Serving writes into _site: the next `npm run build` must not take it for its own output.
    if (runMode !== "build") forgetLastBuilds(path.join(root, ".cache/build"));
    if (runMode === "build") {
      // Pagefind runs in its own process on one core: index while Eleventy renders on the other.
      // `npm run build` started it already, before loading Eleventy (src/build/build-site.ts).
      search = stagingSession()?.search ?? timePhase("search index", () => indexReleases(listed, directories.output, cacheDir));
      search.catch(() => undefined); // awaited (and reported) in eleventy.after
    }
    css = cssFiles.map(stylesheet);
    markFile(root, readSite(dataDir)); // a missing mark fails the build before anything is written
    const images = await timePhase("images", () => processReleaseImages(pages, directories.output, path.join(root, ".cache/img")));
    for (const r of pages) if (r.image) r.image.responsive = images.get(r.code);
    renderStarted = performance.now();
    mark("render start");
  });
  config.addGlobalData("newsroom", () => store.current);
  config.addGlobalData("assets", assetUrls);
  config.addGlobalData("side", () => sideColumn(store.current, true));
  // A Nunjucks global, so the bulk pages (rendered with the same environment) have it too.
  config.addNunjucksGlobal("contentSecurityPolicy", CSP_META);
  config.addWatchTarget(`${releasesDir}/**/*`);
  config.addWatchTarget(`${dataDir}/**/*`);

  addFilters(config);

  config.addPassthroughCopy({
    "src/assets/js": "assets/js",
    "src/assets/img": "assets/img",
    "src/assets/css/search.css": "assets/css/search.css",
    "src/persian/fold.js": "assets/js/fold.js",
    [`${FONT_DIR}/vazirmatn-arabic-wght-normal.woff2`]: "assets/fonts/vazirmatn-arabic.woff2",
    [`${FONT_DIR}/vazirmatn-latin-wght-normal.woff2`]: "assets/fonts/vazirmatn-latin.woff2",
    // media/ is not copied whole: only the files published releases name (build/release-files.ts).
  });

  let indexing: Promise<unknown> = Promise.resolve();
  config.on("eleventy.after", async ({ directories, runMode }: BuildEvent) => {
    addPhase("render and write", performance.now() - renderStarted);
    const out = directories.output;
    const site = readSite(dataDir);
    if (!nunjucks) throw new Error("Eleventy's Nunjucks environment was not created");
    const env = nunjucks;
    const globals = { site, assets: assetUrls(), side: sideColumn(store.current, false) };
    const readsAll = cacheDir !== undefined && templatesReadNewsroom(path.join(root, "src/_includes"));
    if (readsAll) console.warn("[newsroom] page cache off: a template in src/_includes names `newsroom`, so any page may depend on every release");
    const session = runMode === "build" ? stagingSession() : undefined;
    const livePages = session?.live && new Map(Object.entries(session.live.files).flatMap(([file, e]) => (e.key ? [[file, e.key] as const] : [])));
    const pageCache = cacheDir && !readsAll ? new PageCache(cacheDir, globals, livePages) : undefined;
    await pageCache?.open();
    const bulk = await timePhase("render and write", () => renderBulkPages(env, store.current, globals, out, runMode === "build", pageCache));
    mark("bulk pages written");
    await pageCache?.prune();
    if (session && pageCache) {
      session.pageKeys = pageCache.pageKeys;
      session.keptPages = pageCache.keptPages;
    }
    if (runMode !== "build") console.log(`[newsroom] Wrote ${bulk} release and listing pages`);
    await mkdir(path.join(out, "assets/css"), { recursive: true });
    for (const sheet of currentCss()) await writeFile(path.join(out, sheet.url), sheet.css);
    await copyReleaseFiles(store.current.pages, out);
    await timePhase("favicons", () => writeFavicons(root, site, out));
    await timePhase("admin", () => writeAdmin(out, { dataDir, cssUrl: currentCss()[0]!.url }));
    await timePhase("feeds", () => writeFeeds(store.current, site, out));
    await timePhase("sitemap", async () => {
      await writeFile(path.join(out, "sitemap.xml"), renderSitemap(store.current, site));
      await writeFile(path.join(out, "robots.txt"), renderRobots(site));
    });
    if (runMode === "build") {
      // Compress the pages while Pagefind finishes; its own files are compressed after it.
      const gzip = cacheDir ? await new GzipStore(cacheDir).open() : undefined;
      // `npm run build` awaits its search itself, and stages the rest meanwhile (src/build/build-site.ts).
      const own = stagingSession()?.search ? undefined : search;
      await Promise.all([own, timePhase("precompress", () => precompress(out, ["pagefind"], gzip)).then(() => mark("pages precompressed"))]);
    } else {
      const index = () => timePhase("search index", () => writeSearchIndex(store.current.listed, out));
      // While serving, pages reload at once and the search index follows a moment later;
      // one index build at a time.
      indexing = indexing.then(index).catch((err: unknown) => console.error("[newsroom] search index:", err));
    }
  });
}
