import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import newsroom from "./src/index.ts";

/**
 * Table of contents: the work lives in src/index.ts.
 * `NEWSROOM_OUTPUT` lets the build command write into a staging folder and `NEWSROOM_DATA`
 * use another data folder (read here, per run, because Eleventy caches this module and
 * prefers the config's folders to the caller's).
 */
export default function (config: UserConfig) {
  config.addPlugin(newsroom);
  return {
    dir: { input: "src/pages", includes: "../_includes", data: path.relative("src/pages", process.env.NEWSROOM_DATA ?? "_data"), output: process.env.NEWSROOM_OUTPUT ?? "_site" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
  };
}
