import { toPersianDigits } from "../persian/digits.ts";
import type { Release } from "../content/release.ts";

export const PAGE_SIZE = 20;

export interface Crumb {
  title: string;
  url: string;
}

/** One item of the pager: a link to a page, or a gap («…») when `url` is absent. */
export interface PageLink {
  label: string;
  url?: string;
  /** Read out instead of `label` (page numbers: «صفحهٔ ۳»). */
  ariaLabel?: string;
  current: boolean;
}

/**
 * The pager of a paginated listing. Nothing in it depends on the listing's size except near the
 * newest pages, so a numbered page's HTML stays the same as releases are added (see `paginate`).
 */
export interface Pagination {
  /** The newer page (`rel="prev"`): page p + 1, or the base URL; absent on the base. */
  newerUrl?: string;
  /** The older page (`rel="next"`, the reader's way on from the base): page p − 1; absent on page 1. */
  olderUrl?: string;
  /** «تازه‌ترین» (the base), a window of page numbers from p + 2 down to p − 2, a gap and page 1. */
  links: PageLink[];
}

/** One page of a release listing: the home page, a topic or county page, an archive month. */
export interface ListingPage {
  url: string;
  /** The `<h1>` and the start of `<title>`. */
  title: string;
  /** `{org}` stands for the organisation's short name (site.json), filled in by the layout. */
  description: string;
  releases: Release[];
  /** Shown when `releases` is empty. */
  emptyText: string;
  breadcrumbs: Crumb[];
  pagination?: Pagination;
  /** An archive month's neighbours that have releases: `previous` is older, `next` newer. */
  monthNav?: { previous?: Crumb; next?: Crumb };
  /** The home page's lead story: the newest listed release with an image (the base page `/` only). */
  featured?: Release;
  /** Feeds of this listing, for `<link rel="alternate">` (topic and county pages). */
  feeds?: { rss: string; atom: string };
}

/** `/topics/employment/` + 3 → `/topics/employment/page/3/`; every numbered page, page 1 included, is under `page/`. */
export function pageUrl(base: string, n: number): string {
  return `${base}page/${n}/`;
}

/** The base page's entry in every pager. */
const NEWEST_LABEL = "تازه‌ترین";

/**
 * The pager of page `current` (1 … `full` − 1), or of the base when `current` is `full`:
 * «تازه‌ترین», the numbered pages from current + 2 down to current − 2 (the base itself is never
 * a number), «…» when pages are left out before page 1, then page 1. A numbered page's pager reads
 * `full` only to leave out numbers at or above it, so it changes only while current + 2 ≥ `full`.
 */
function links(current: number, full: number, base: string): PageLink[] {
  const out: PageLink[] = [{ label: NEWEST_LABEL, url: base, current: current === full }];
  const number = (n: number): PageLink => {
    const label = toPersianDigits(n);
    return { label, url: pageUrl(base, n), ariaLabel: `صفحهٔ ${label}`, current: n === current };
  };
  const low = Math.max(1, current - 2);
  for (let n = Math.min(current + 2, full - 1); n >= low; n--) out.push(number(n));
  if (low > 2) out.push({ label: "…", current: false });
  if (low > 1) out.push(number(1));
  return out;
}

/**
 * Split a listing (newest first) into pages numbered from the OLDEST, so a numbered page's URL
 * always shows the same releases: blocks of `size` are counted from the oldest release, block p
 * holding the oldest-first positions size·(p − 1) … size·p − 1. Of T releases, F = ⌊T / size⌋
 * blocks are full; the base URL shows block F with the newest T − size·F releases above it
 * (size … 2·size − 1 releases when F ≥ 1, all of them when T < size), and `page/p/` exists for
 * p = 1 … F − 1, each exactly its block, newest first. No release is on two pages.
 *
 * Adding a release at the top changes only the base page, except every `size`-th addition, when
 * the base's oldest block becomes page F − 1 and the two pages below it change their pager.
 * A release inserted back-dated, withdrawn or deleted shifts the blocks above its position.
 * Pages come out base first, then from the newest numbered page down to page 1.
 * @example paginate(41 releases, { url: "/", … }).map((p) => [p.url, p.releases.length])
 *   → [["/", 21], ["/page/1/", 20]]
 */
export function paginate(
  releases: readonly Release[],
  base: Omit<ListingPage, "releases" | "pagination" | "url"> & { url: string },
  size = PAGE_SIZE,
): ListingPage[] {
  const count = releases.length;
  const full = Math.floor(count / size);
  const paged = full > 1;
  const pager = (n: number): Pagination => ({
    ...(n < full ? { newerUrl: n === full - 1 ? base.url : pageUrl(base.url, n + 1) } : {}),
    ...(n > 1 ? { olderUrl: pageUrl(base.url, n - 1) } : {}),
    links: links(n, full, base.url),
  });
  const pages: ListingPage[] = [{
    ...base,
    // Block F and the newest releases above it; with F ≤ 1, everything.
    releases: releases.slice(0, full > 1 ? count - size * (full - 1) : count),
    ...(paged ? { pagination: pager(full) } : {}),
  }];
  for (let n = full - 1; n >= 1; n--) {
    pages.push({
      ...base,
      url: pageUrl(base.url, n),
      title: `${base.title} — صفحهٔ ${toPersianDigits(n)}`,
      releases: releases.slice(count - size * n, count - size * (n - 1)),
      breadcrumbs: [...base.breadcrumbs, { title: base.title, url: base.url }],
      pagination: pager(n),
    });
  }
  return pages;
}
