import { faSort } from "../filters/fa-sort.ts";
import type { Newsroom } from "./newsroom.ts";

/** What the side column shows besides a release's related releases. */
export interface SideColumn {
  /** The newest listed releases (single pages only: see `sideColumn`). */
  latest: Array<{ url: string; title: string }>;
  /** Topics with listed releases, in the vocabulary's order. */
  topics: Array<{ name: string; url: string }>;
  /** Counties with listed releases, in Persian alphabetical order. */
  counties: Array<{ name: string; url: string }>;
}

/**
 * The side column's lists, computed once per build. `withLatest` is false for the bulk pages:
 * their page cache (src/render/page-cache.ts) keys every page on what it shows, and a latest
 * list on every page would make each publication re-render the whole site; topics and counties
 * with releases change only when a term gets its first release.
 * @example sideColumn(newsroom, false).counties[0] → { name: "آباده", url: "/counties/abadeh/" }
 */
export function sideColumn(newsroom: Newsroom, withLatest: boolean): SideColumn {
  const withReleases = (terms: Newsroom["topics"]) => terms.filter((t) => t.releases.length).map((t) => ({ name: t.name, url: t.url }));
  return {
    latest: withLatest ? newsroom.latest.slice(0, 6).map((r) => ({ url: r.url, title: r.title })) : [],
    topics: withReleases(newsroom.topics),
    counties: faSort(withReleases(newsroom.counties), "name"),
  };
}
