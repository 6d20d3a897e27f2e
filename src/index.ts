import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { NewsroomStore } from "./content/store.ts";
import { addFilters } from "./filters/index.ts";

const FONT_DIR = "node_modules/@fontsource-variable/vazirmatn/files";

/**
 * The newsroom plugin: loads releases once per build and wires filters, data and assets.
 * Per-run settings come from the environment because Eleventy caches the config module:
 * `NEWSROOM_RELEASES` (default `releases`).
 */
export default function newsroom(config: UserConfig): void {
  const root = process.cwd();
  const releasesDir = path.resolve(root, process.env.NEWSROOM_RELEASES ?? "releases");
  const store = new NewsroomStore({ root, releasesDir });

  config.on("eleventy.before", () => {
    store.refresh();
  });
  config.addGlobalData("newsroom", () => store.current);
  config.addWatchTarget(`${releasesDir}/**/*`);
  config.addWatchTarget("_data/**/*");

  addFilters(config);

  config.addPassthroughCopy({ "src/assets/css": "assets/css", "src/assets/js": "assets/js" });
  config.addPassthroughCopy({
    [`${FONT_DIR}/vazirmatn-arabic-wght-normal.woff2`]: "assets/fonts/vazirmatn-arabic.woff2",
    [`${FONT_DIR}/vazirmatn-latin-wght-normal.woff2`]: "assets/fonts/vazirmatn-latin.woff2",
  });
  config.addPassthroughCopy({ media: "media" });

  // Files that sit beside a release (images, attachments) are published beside its page.
  config.on("eleventy.after", async ({ dir }: { dir: { output: string } }) => {
    for (const release of store.current.pages) {
      const files = [release.image, ...release.attachments].filter((f) => f && !f.url.startsWith("/media/"));
      for (const file of files) {
        if (!file) continue;
        const target = path.join(dir.output, file.url);
        await mkdir(path.dirname(target), { recursive: true });
        await copyFile(file.sourcePath, target);
      }
    }
  });
}
