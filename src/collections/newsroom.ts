import type { Release } from "../content/release.ts";

/** Every view of the releases that templates use, computed once per build. */
export interface Newsroom {
  /** Releases that have a page: published, withdrawn ones included, newest first. */
  pages: Release[];
  /** Releases shown in listings: published and not withdrawn, newest first. */
  listed: Release[];
  /** The home page's releases. */
  latest: Release[];
  /** Releases whose time has not come yet, soonest first. */
  scheduled: Release[];
  drafts: Release[];
  /** The build's now, ISO. */
  builtAt: Date;
}

export const HOME_SIZE = 20;

/** Newest first; equal times put the higher code first, so the order never depends on file names. */
export function newestFirst(a: Release, b: Release): number {
  return b.date.toMillis() - a.date.toMillis() || b.code - a.code;
}

/**
 * Split releases by lifecycle state at the build's now and sort each view once.
 * @example buildNewsroom(releases, now).latest → the 20 newest listed releases
 */
export function buildNewsroom(releases: readonly Release[], now: Date): Newsroom {
  const nowMs = now.getTime();
  const pages: Release[] = [];
  const scheduled: Release[] = [];
  const drafts: Release[] = [];
  for (const r of releases) {
    if (r.draft) drafts.push(r);
    else if (r.date.toMillis() > nowMs) scheduled.push(r);
    else pages.push(r);
  }
  pages.sort(newestFirst);
  scheduled.sort((a, b) => -newestFirst(a, b));
  const listed = pages.filter((r) => !r.withdrawn);
  return { pages, listed, latest: listed.slice(0, HOME_SIZE), scheduled, drafts, builtAt: now };
}
