import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
// csso ships no type declarations for its ESM entry; only `minify` is used.
import { minify } from "csso";

export interface Stylesheet {
  /** Site URL with the file's name and a content hash, e.g. `/assets/css/site.3f2a1c9b.css`: cacheable forever. */
  url: string;
  css: string;
}

/**
 * A stylesheet (`site.css`, or `listing.css` of the pages that list releases), minified with csso (no restructuring, so the cascade order stays as
 * written) and named by its content hash so browsers may cache it for a year.
 * @example stylesheet("src/assets/css/site.css").url → "/assets/css/site.3f2a1c9b.css"
 */
export function stylesheet(file: string): Stylesheet {
  const css = minify(readFileSync(file, "utf8"), { restructure: false }).css;
  const hash = createHash("sha256").update(css).digest("hex").slice(0, 10);
  return { url: `/assets/css/${path.basename(file, ".css")}.${hash}.css`, css };
}
