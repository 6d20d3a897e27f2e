import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { copyReleaseFiles } from "./build/release-files.ts";
import { readSite } from "./content/site.ts";
import { NewsroomStore } from "./content/store.ts";
import { writeFeeds } from "./feeds/write-feeds.ts";
import { addFilters } from "./filters/index.ts";
import { writeSearchIndex } from "./search/index-releases.ts";

const FONT_DIR = "node_modules/@fontsource-variable/vazirmatn/files";

/**
 * The newsroom plugin: loads releases once per build and wires filters, data, assets,
 * release files, feeds and the search index.
 * Per-run settings come from the environment because Eleventy caches the config module:
 * `NEWSROOM_RELEASES` (default `releases`) and `NEWSROOM_DATA` (default `_data`).
 */
export default function newsroom(config: UserConfig): void {
  const root = process.cwd();
  const releasesDir = path.resolve(root, process.env.NEWSROOM_RELEASES ?? "releases");
  const dataDir = path.resolve(root, process.env.NEWSROOM_DATA ?? "_data");
  const store = new NewsroomStore({ root, releasesDir, dataDir });

  config.on("eleventy.before", () => store.refresh());
  config.addGlobalData("newsroom", () => store.current);
  config.addWatchTarget(`${releasesDir}/**/*`);
  config.addWatchTarget(`${dataDir}/**/*`);

  addFilters(config);

  config.addPassthroughCopy({
    "src/assets/css": "assets/css",
    "src/assets/js": "assets/js",
    "src/persian/fold.js": "assets/js/fold.js",
    [`${FONT_DIR}/vazirmatn-arabic-wght-normal.woff2`]: "assets/fonts/vazirmatn-arabic.woff2",
    [`${FONT_DIR}/vazirmatn-latin-wght-normal.woff2`]: "assets/fonts/vazirmatn-latin.woff2",
    media: "media",
  });

  config.on("eleventy.after", async ({ dir }: { dir: { output: string } }) => {
    await copyReleaseFiles(store.current.pages, dir.output);
    await writeFeeds(store.current, readSite(dataDir), dir.output);
    await writeSearchIndex(store.current.listed, dir.output);
  });
}
