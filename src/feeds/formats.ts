import type { DateTime } from "luxon";
import type { Site } from "../content/site.ts";
import { isoTehran, TEHRAN } from "../persian/jalali.ts";
import type { FeedItem } from "./item.ts";
import { xmlEscape as x } from "./xml.ts";

/** What a feed document is about: the site, a topic or a county. */
export interface FeedChannel {
  /** Stable `tag:` ID of the feed itself. */
  id: string;
  title: string;
  description: string;
  /** Absolute URL of the HTML page the feed follows. */
  pageUrl: string;
  /** Absolute URLs of this channel's documents. */
  rssUrl: string;
  atomUrl: string;
  jsonUrl?: string;
}

/** RFC 822 with the real Tehran offset. @example "Tue, 16 Sep 2025 10:30:00 +0330" */
export const rfc822 = (d: DateTime): string => d.setZone(TEHRAN).toRFC2822() as string;
/** RFC 3339 with the real Tehran offset: the same text as `<time datetime>`. @example "2025-09-16T10:30:00+03:30" */
export const rfc3339 = (d: DateTime): string => isoTehran(d);

/** Newest `updated` of the items, so an unchanged site gives a byte-identical feed. */
export function feedUpdated(items: readonly FeedItem[]): DateTime | undefined {
  let newest: DateTime | undefined;
  for (const i of items) if (!newest || i.updated > newest) newest = i.updated;
  return newest;
}

/** One RSS `<item>`; cached per release, since the same item appears in several feeds. */
export function rssItem(i: FeedItem): string {
  return [
    "<item>",
    `<title>${x(i.title)}</title>`,
    `<link>${x(i.url)}</link>`,
    `<guid isPermaLink="false">${x(i.id)}</guid>`,
    `<pubDate>${rfc822(i.published)}</pubDate>`,
    `<description>${x(i.summary)}</description>`,
    `<content:encoded>${x(i.contentHtml)}</content:encoded>`,
    ...i.categories.map((c) => `<category domain="${c.kind}">${x(c.name)}</category>`),
    i.image ? `<enclosure url="${x(i.image.url)}" length="${i.image.bytes}" type="${i.image.type}"/>` : "",
    "</item>",
  ].filter(Boolean).join("\n");
}

export function rssDocument(channel: FeedChannel, site: Site, itemXml: readonly string[], updated: DateTime | undefined): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
    "<channel>",
    `<title>${x(channel.title)}</title>`,
    `<link>${x(channel.pageUrl)}</link>`,
    `<description>${x(channel.description)}</description>`,
    `<language>${site.language}</language>`,
    `<atom:link href="${x(channel.rssUrl)}" rel="self" type="application/rss+xml"/>`,
    updated ? `<lastBuildDate>${rfc822(updated)}</lastBuildDate>` : "",
    ...itemXml,
    "</channel>",
    "</rss>",
    "",
  ].filter((l) => l !== "" ).join("\n") + "\n";
}

export function atomEntry(i: FeedItem): string {
  return [
    "<entry>",
    `<id>${x(i.id)}</id>`,
    `<title>${x(i.title)}</title>`,
    `<link rel="alternate" type="text/html" href="${x(i.url)}"/>`,
    `<published>${rfc3339(i.published)}</published>`,
    `<updated>${rfc3339(i.updated)}</updated>`,
    `<summary>${x(i.summary)}</summary>`,
    `<content type="html">${x(i.contentHtml)}</content>`,
    ...i.categories.map((c) => `<category term="${x(c.key)}" label="${x(c.name)}"/>`),
    i.image ? `<link rel="enclosure" href="${x(i.image.url)}" type="${i.image.type}" length="${i.image.bytes}"/>` : "",
    "</entry>",
  ].filter(Boolean).join("\n");
}

export function atomDocument(channel: FeedChannel, site: Site, entryXml: readonly string[], updated: DateTime | undefined): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${site.language}">`,
    `<id>${x(channel.id)}</id>`,
    `<title>${x(channel.title)}</title>`,
    `<subtitle>${x(channel.description)}</subtitle>`,
    `<link rel="self" type="application/atom+xml" href="${x(channel.atomUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${x(channel.pageUrl)}"/>`,
    // A feed with no entries still needs <updated>: the fixed epoch of the feed ID keeps it stable.
    `<updated>${updated ? rfc3339(updated) : `${site.feedIdYear}-01-01T00:00:00Z`}</updated>`,
    `<author><name>${x(site.pressOffice.name)}</name><email>${x(site.pressOffice.email)}</email></author>`,
    ...entryXml,
    "</feed>",
    "",
  ].join("\n");
}

/** A JSON Feed 1.1 item, as an object with a fixed key order. */
export function jsonItem(i: FeedItem): Record<string, unknown> {
  return {
    id: i.id,
    url: i.url,
    title: i.title,
    summary: i.summary,
    content_html: i.contentHtml,
    date_published: rfc3339(i.published),
    date_modified: rfc3339(i.updated),
    tags: i.categories.map((c) => c.name),
    ...(i.image ? { image: i.image.url } : {}),
  };
}

export function jsonDocument(channel: FeedChannel, site: Site, items: ReadonlyArray<Record<string, unknown>>): string {
  return `${JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: channel.title,
    home_page_url: channel.pageUrl,
    feed_url: channel.jsonUrl,
    description: channel.description,
    language: site.language,
    authors: [{ name: site.pressOffice.name }],
    items,
  }, null, 2)}\n`;
}
