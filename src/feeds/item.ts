import type { DateTime } from "luxon";
import { isolateRuns } from "../content/bidi-runs.ts";
import { lastModified } from "../content/last-modified.ts";
import type { Release } from "../content/release.ts";
import type { Site } from "../content/site.ts";
import { jalaliDateTime } from "../persian/jalali.ts";
import { absoluteUrls } from "./absolute-urls.ts";
import { stripForbidden, xmlEscape } from "./xml.ts";

/** One release as every feed format sees it; computed once per release per build. */
export interface FeedItem {
  /** `tag:<authority>,<first publication year>:release:<code>`: never changes. */
  id: string;
  url: string;
  title: string;
  summary: string;
  /** Full HTML, wrapped in `dir="rtl" lang="fa"`, with absolute links. */
  contentHtml: string;
  published: DateTime;
  /** Latest correction, or the withdrawal, else the publication time. */
  updated: DateTime;
  /** The topics, then the county (`kind` tells them apart: RSS `domain`). */
  categories: Array<{ key: string; name: string; kind: "topic" | "county" }>;
  image?: { url: string; type: string; bytes: number };
}

/**
 * The tag URI of a release (RFC 4151). Built from the site's authority, the year of first
 * publication and the code only, so edits, renames and a new domain never change it.
 * @example releaseTagId("example.ir", release142) → "tag:example.ir,2025:release:142"
 */
export function releaseTagId(authority: string, release: Pick<Release, "code" | "date">): string {
  return `tag:${authority},${release.date.year}:release:${release.code}`;
}

export function feedItem(release: Release, site: Site): FeedItem {
  const url = `${site.url}${release.url}`;
  let inner: string;
  if (release.withdrawn) {
    inner =
      `<p><strong>این خبر پس گرفته شده است.</strong> تاریخ: ${xmlEscape(jalaliDateTime(release.withdrawn.date))}. ` +
      `دلیل: ${xmlEscape(release.withdrawn.reason)}</p>` +
      `<p>متن اصلی خبر برای حفظ سابقه در <a href="${url}">صفحهٔ خبر</a> باقی مانده است.</p>`;
  } else {
    const note = release.updates.at(-1);
    const correction = note
      ? `<p><strong>اصلاحیه (${xmlEscape(jalaliDateTime(note.date))}):</strong> ${xmlEscape(note.note)}</p>`
      : "";
    // The processed rendition (no metadata); the source's URL only where no image step ran (unit tests).
    const figure = release.image
      ? `<figure><img src="${xmlEscape(release.image.responsive?.og.url ?? release.image.url)}" alt="${xmlEscape(release.image.alt)}">` +
        `${release.image.caption ? `<figcaption>${xmlEscape(release.image.caption)}</figcaption>` : ""}</figure>`
      : "";
    inner = `${correction}<p><strong>${isolateRuns(release.lead)}</strong></p>${figure}${release.bodyHtml}`;
  }
  // Readers show items in their own (Gregorian) dates: the release's Jalali date line leads.
  const dateLine = `<p>${xmlEscape(jalaliDateTime(release.date))}</p>`;
  const contentHtml = stripForbidden(absoluteUrls(`<div dir="rtl" lang="fa">${dateLine}${inner}</div>`, url));
  // The enclosure is the processed JPEG the page shows, never the original file (issue 12, point 10).
  const og = release.image?.responsive?.og;
  const image = og ? { url: new URL(og.url, url).href, type: "image/jpeg", bytes: og.bytes } : undefined;
  return {
    id: releaseTagId(site.feedAuthority, release),
    url,
    title: stripForbidden(release.title),
    summary: stripForbidden(release.lead),
    contentHtml,
    published: release.date,
    updated: lastModified(release),
    categories: [
      ...release.topics.map((t) => ({ key: t.key, name: t.name, kind: "topic" as const })),
      ...(release.county ? [{ key: release.county.key, name: release.county.name, kind: "county" as const }] : []),
    ],
    ...(image ? { image } : {}),
  };
}

/**
 * The item as its summary and a link to the page: what a feed carries of a release whose full
 * text alone would take the feed over its size cap (issue 12, point 7). Same ID and dates, so
 * readers see the same item.
 */
export function shortFeedItem(item: FeedItem): FeedItem {
  const contentHtml =
    `<div dir="rtl" lang="fa"><p>${xmlEscape(item.summary)}</p>` +
    `<p><a href="${xmlEscape(item.url)}">متن کامل خبر در سایت</a></p></div>`;
  return { ...item, contentHtml };
}
