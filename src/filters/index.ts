import type UserConfig from "@11ty/eleventy/UserConfig";
import { isolateRuns } from "../content/bidi-runs.ts";
import { toPersianDigits } from "../persian/digits.ts";
import { isoTehran, jalaliDate, jalaliDateTime } from "../persian/jalali.ts";
import { newsArticle } from "../metadata/news-article.ts";
import { shareLinks } from "../sharing/share-links.ts";
import { fileSize } from "./file-size.ts";
import { faSort } from "./fa-sort.ts";
import { fileTypeName } from "./file-type-name.ts";
import { markUrl } from "../identity/favicons.ts";

/** Template filters; each is documented where it is defined. */
export function addFilters(config: UserConfig): void {
  config.addFilter("jalaliDate", jalaliDate);
  config.addFilter("jalaliDateTime", jalaliDateTime);
  config.addFilter("isoTehran", isoTehran);
  config.addFilter("persianDigits", toPersianDigits);
  // Escapes and isolates left-to-right runs: use as `{{ text | bidi | safe }}`.
  config.addFilter("bidi", isolateRuns);
  config.addFilter("fileSize", fileSize);
  config.addFilter("faSort", faSort);
  config.addFilter("fileTypeName", fileTypeName);
  config.addFilter("markUrl", markUrl);
  config.addFilter("shareLinks", shareLinks);
  config.addFilter("newsArticle", newsArticle);
}
