import type { Release } from "../content/release.ts";
import { newestFirst } from "./newsroom-order.ts";

export const RELATED_SIZE = 4;

/**
 * Up to `RELATED_SIZE` listed releases that share a topic or the county and were published
 * BEFORE the release (strictly older in `newestFirst` order), nearest in time first, never the
 * release itself. Only older releases qualify so that publishing a new release changes no other
 * release page: the related box of a page depends only on what existed when it was published
 * (issue 16). The oldest release of its topics and county therefore has none.
 *
 * `buckets` are the release's topic and county buckets, each sorted `newestFirst`; the release
 * need not be in them (a withdrawn release has a page but is in no bucket). Cost per release is
 * a binary search per bucket plus at most `size` merge steps, not the size of the site.
 */
export function relatedReleases(
  release: Release,
  buckets: ReadonlyArray<readonly Release[]>,
  size = RELATED_SIZE,
): Release[] {
  const cursors = buckets.map((bucket) => firstOlder(bucket, release));
  const out: Release[] = [];
  const seen = new Set<number>([release.code]);
  while (out.length < size) {
    let best = -1;
    for (let i = 0; i < buckets.length; i++) {
      const bucket = buckets[i] as readonly Release[];
      while ((cursors[i] as number) < bucket.length && seen.has((bucket[cursors[i] as number] as Release).code)) {
        cursors[i] = (cursors[i] as number) + 1;
      }
      const candidate = bucket[cursors[i] as number];
      if (!candidate) continue;
      const current = best < 0 ? undefined : (buckets[best] as readonly Release[])[cursors[best] as number];
      if (!current || newestFirst(candidate, current) < 0) best = i;
    }
    if (best < 0) break;
    const chosen = (buckets[best] as readonly Release[])[cursors[best] as number] as Release;
    seen.add(chosen.code);
    out.push(chosen);
  }
  return out;
}

/** Index of the first release in a `newestFirst`-sorted bucket that is strictly older than `release`. */
function firstOlder(bucket: readonly Release[], release: Release): number {
  let lo = 0;
  let hi = bucket.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (newestFirst(bucket[mid] as Release, release) > 0) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
