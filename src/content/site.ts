import { readFileSync } from "node:fs";
import path from "node:path";

/** `_data/site.json`: the site, the organisation and its press office. */
export interface Site {
  title: string;
  shortTitle: string;
  description: string;
  /** Base URL without a trailing slash, e.g. `https://news.example.ir`. */
  url: string;
  language: string;
  direction: string;
  timeZone: string;
  /** Authority of `tag:` feed IDs (RFC 4151), e.g. the site's domain; never changes. */
  feedAuthority: string;
  /** Year in the feed-level `tag:` IDs; never changes. */
  feedIdYear: number;
  /**
   * `name` in full; `shortName` where a sentence names it (page descriptions); `province`, the
   * province it serves (structured data: «استان فارس»).
   */
  organization: { name: string; shortName: string; parent: string; province: string; address: string; postalCode: string };
  pressOffice: { name: string; phone: string; email: string };
  channels: Array<{ key: string; name: string; url: string }>;
  /**
   * The organisation's mark (a URL under `/media/`, SVG or PNG: the header, printed pages and
   * every favicon are made from it) and the colour browsers tint their bar with.
   */
  identity: { mark: string; themeColor: string };
}

/** Read `site.json` and drop a trailing slash from its URL. */
export function readSite(dataDir: string): Site {
  const site = JSON.parse(readFileSync(path.join(dataDir, "site.json"), "utf8")) as Site;
  return { ...site, url: site.url.replace(/(?<!\/)\/+$/, "") };
}
