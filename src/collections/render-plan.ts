import type { ListingPage } from "./paginate.ts";
import type { Newsroom, ReleasePage } from "./newsroom.ts";

/** The paginated pages a (re)build renders. */
export interface RenderPlan {
  releasePages: ReleasePage[];
  listingPages: ListingPage[];
  archivePages: Newsroom["archivePages"];
}

export function fullPlan(n: Pick<Newsroom, "releasePages" | "listingPages" | "archivePages">): RenderPlan {
  return { releasePages: n.releasePages, listingPages: n.listingPages, archivePages: n.archivePages };
}

const codes = (list: ReadonlyArray<{ code: number }>) => list.map((r) => r.code).join(",");

/**
 * While serving, after an edit to release files only: the pages whose output can differ from
 * the last build, so `npm start` shows an edit in well under a second on a large site.
 * A page is rendered again when a release on it changed (by file hash) or when the list of
 * releases on it or its pager changed (order, pagination, related). Pages that no longer exist are left
 * on disk until the next full build; `npm run build` always renders everything.
 */
export function changedPlan(
  prev: Newsroom,
  prevHashes: ReadonlyMap<number, string>,
  next: Newsroom,
  nextHashes: ReadonlyMap<number, string>,
): RenderPlan {
  const changed = new Set<number>();
  for (const [code, hash] of nextHashes) if (prevHashes.get(code) !== hash) changed.add(code);
  const touches = (list: ReadonlyArray<{ code: number }>) => list.some((r) => changed.has(r.code));

  const prevRelated = new Map(prev.releasePages.map((p) => [p.url, codes(p.related)]));
  const listing = (p: ListingPage) => `${codes(p.releases)}|${JSON.stringify(p.pagination ?? null)}`;
  const prevListing = new Map(prev.listingPages.map((p) => [p.url, listing(p)]));
  const prevArchive = new Map(prev.archivePages.map((p) => [p.url, p.year.months.map((m) => `${m.url}:${m.releases.length}`).join(",")]));
  return {
    releasePages: next.releasePages.filter((p) =>
      changed.has(p.release.code) || touches(p.related) || prevRelated.get(p.url) !== codes(p.related)),
    listingPages: next.listingPages.filter((p) =>
      touches(p.releases) || prevListing.get(p.url) !== listing(p)),
    archivePages: next.archivePages.filter((p) =>
      prevArchive.get(p.url) !== p.year.months.map((m) => `${m.url}:${m.releases.length}`).join(",")),
  };
}
