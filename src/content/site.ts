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
  organization: { name: string; parent: string; address: string; postalCode: string };
  pressOffice: { name: string; phone: string; email: string };
  channels: Array<{ key: string; name: string; url: string }>;
}

/** Read `site.json` and drop a trailing slash from its URL. */
export function readSite(dataDir: string): Site {
  const site = JSON.parse(readFileSync(path.join(dataDir, "site.json"), "utf8")) as Site;
  return { ...site, url: site.url.replace(/(?<!\/)\/+$/, "") };
}
