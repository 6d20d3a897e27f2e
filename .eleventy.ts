import type UserConfig from "@11ty/eleventy/UserConfig";
import newsroom from "./src/index.ts";

/**
 * Table of contents: the work lives in src/index.ts.
 * `NEWSROOM_OUTPUT` lets the build command write into a staging folder (read here, per run,
 * because Eleventy caches this module and prefers the config's folders to the caller's).
 */
export default function (config: UserConfig) {
  config.addPlugin(newsroom);
  return {
    dir: { input: "src/pages", includes: "../_includes", data: "../../_data", output: process.env.NEWSROOM_OUTPUT ?? "_site" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
  };
}
