import type { DateTime } from "luxon";
import type { Release } from "./release.ts";

/**
 * The latest change of a release: its last correction or its withdrawal, else its publication.
 * Feeds (`updated`), the sitemap (`lastmod`) and JSON-LD (`dateModified`) all use this one value.
 * @example lastModified(releaseCorrectedOn1404_06_07) → 2025-08-29T12:30+03:30
 */
export function lastModified(r: Release): DateTime {
  let latest = r.date;
  for (const u of r.updates) if (u.date > latest) latest = u.date;
  if (r.withdrawn && r.withdrawn.date > latest) latest = r.withdrawn.date;
  return latest;
}
