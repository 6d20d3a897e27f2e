import { statSync } from "node:fs";
import path from "node:path";
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
  categories: Array<{ key: string; name: string }>;
  image?: { url: string; type: string; bytes: number };
}

const IMAGE_TYPES: Record<string, string> = {
  ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".webp": "image/webp", ".avif": "image/avif", ".gif": "image/gif",
};

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
    const figure = release.image
      ? `<figure><img src="${release.image.url}" alt="${xmlEscape(release.image.alt)}">` +
        `${release.image.caption ? `<figcaption>${xmlEscape(release.image.caption)}</figcaption>` : ""}</figure>`
      : "";
    inner = `${correction}<p><strong>${isolateRuns(release.lead)}</strong></p>${figure}${release.bodyHtml}`;
  }
  const contentHtml = stripForbidden(absoluteUrls(`<div dir="rtl" lang="fa">${inner}</div>`, url));
  const image = release.image
    ? {
        url: new URL(release.image.url, url).href,
        type: IMAGE_TYPES[path.extname(release.image.sourcePath).toLowerCase()] ?? "application/octet-stream",
        bytes: statSync(release.image.sourcePath).size,
      }
    : undefined;
  return {
    id: releaseTagId(site.feedAuthority, release),
    url,
    title: stripForbidden(release.title),
    summary: stripForbidden(release.lead),
    contentHtml,
    published: release.date,
    updated: lastModified(release),
    categories: release.topics,
    ...(image ? { image } : {}),
  };
}
