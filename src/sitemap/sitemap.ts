import type { DateTime } from "luxon";
import type { Newsroom } from "../collections/newsroom.ts";
import { lastModified } from "../content/last-modified.ts";
import type { Release } from "../content/release.ts";
import type { Site } from "../content/site.ts";
import { rfc3339 } from "../feeds/formats.ts";
import { xmlEscape } from "../feeds/xml.ts";

function newest(releases: readonly Release[]): DateTime | undefined {
  let out: DateTime | undefined;
  for (const r of releases) {
    const m = lastModified(r);
    if (!out || m > out) out = m;
  }
  return out;
}

/**
 * `/sitemap.xml`: every page of the site; a release's `lastmod` is its latest update, a
 * listing's is its newest release's. Nothing depends on the build clock.
 */
export function renderSitemap(newsroom: Newsroom, site: Site): string {
  const rows: string[] = [];
  const add = (url: string, modified?: DateTime) =>
    rows.push(`<url><loc>${xmlEscape(site.url + url)}</loc>${modified ? `<lastmod>${rfc3339(modified)}</lastmod>` : ""}</url>`);
  for (const page of newsroom.listingPages) add(page.url, newest(page.releases));
  for (const year of newsroom.archivePages) add(year.url, newest(year.year.months.flatMap((m) => m.releases)));
  for (const url of ["/archive/", "/topics/", "/counties/", "/search/", "/about/"]) add(url);
  for (const r of newsroom.pages) add(r.url, lastModified(r));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...rows,
    "</urlset>",
    "",
  ].join("\n");
}

/** `/robots.txt`: everything may be crawled; the sitemap is named. */
export function renderRobots(site: Site): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${site.url}/sitemap.xml\n`;
}
