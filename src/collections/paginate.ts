import { toPersianDigits } from "../persian/digits.ts";
import type { Release } from "../content/release.ts";

export const PAGE_SIZE = 20;

export interface Crumb {
  title: string;
  url: string;
}

export interface PageLink {
  /** Page number, 1-based; `null` marks a gap («…»). */
  number: number | null;
  label: string;
  url?: string;
  current: boolean;
}

export interface Pagination {
  current: number;
  total: number;
  previousUrl?: string;
  nextUrl?: string;
  /** First, last and a window around the current page, with gaps between. */
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
  /** The home page's lead story: the newest listed release with an image (first page only). */
  featured?: Release;
  /** Feeds of this listing, for `<link rel="alternate">` (topic and county pages). */
  feeds?: { rss: string; atom: string };
}

/** `/topics/employment/` + 3 → `/topics/employment/page/3/`; page 1 is the base URL. */
export function pageUrl(base: string, n: number): string {
  return n === 1 ? base : `${base}page/${n}/`;
}

function links(current: number, total: number, base: string): PageLink[] {
  const shown = new Set([1, total, current - 2, current - 1, current, current + 1, current + 2]);
  const out: PageLink[] = [];
  for (let n = 1; n <= total; n++) {
    if (!shown.has(n)) {
      if (out.at(-1)?.number !== null) out.push({ number: null, label: "…", current: false });
      continue;
    }
    out.push({ number: n, label: toPersianDigits(n), url: pageUrl(base, n), current: n === current });
  }
  return out;
}

/**
 * Split a listing into pages of `PAGE_SIZE`; an empty listing still gets its first page.
 * @example paginate(releases, { url: "/", … }).map((p) => p.url) → ["/", "/page/2/", …]
 */
export function paginate(
  releases: readonly Release[],
  base: Omit<ListingPage, "releases" | "pagination" | "url"> & { url: string },
  size = PAGE_SIZE,
): ListingPage[] {
  const total = Math.max(1, Math.ceil(releases.length / size));
  const pages: ListingPage[] = [];
  for (let n = 1; n <= total; n++) {
    const url = pageUrl(base.url, n);
    pages.push({
      ...base,
      url,
      title: n === 1 ? base.title : `${base.title} — صفحهٔ ${toPersianDigits(n)}`,
      releases: releases.slice((n - 1) * size, n * size),
      breadcrumbs: n === 1 ? base.breadcrumbs : [...base.breadcrumbs, { title: base.title, url: base.url }],
      ...(total > 1
        ? {
            pagination: {
              current: n,
              total,
              ...(n > 1 ? { previousUrl: pageUrl(base.url, n - 1) } : {}),
              ...(n < total ? { nextUrl: pageUrl(base.url, n + 1) } : {}),
              links: links(n, total, base.url),
            },
          }
        : {}),
    });
  }
  return pages;
}
