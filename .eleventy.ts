import type UserConfig from "@11ty/eleventy/UserConfig";
import newsroom from "./src/index.ts";

/** Table of contents: the work lives in src/index.ts. Output is `_site` unless the caller says otherwise. */
export default function (config: UserConfig) {
  config.addPlugin(newsroom);
  return {
    dir: { input: "src/pages", includes: "../_includes", data: "../../_data" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
  };
}
