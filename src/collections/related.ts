import type { Release } from "../content/release.ts";
import { newestFirst } from "./newsroom-order.ts";

export const RELATED_SIZE = 4;

/**
 * Up to `RELATED_SIZE` other listed releases that share a topic or the county, newest first,
 * never the release itself. Merges the release's already-sorted buckets, so the cost per
 * release is bounded by the number of its keys, not by the size of the site.
 */
export function relatedReleases(
  release: Release,
  buckets: ReadonlyArray<readonly Release[]>,
  size = RELATED_SIZE,
): Release[] {
  const cursors = buckets.map(() => 0);
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
