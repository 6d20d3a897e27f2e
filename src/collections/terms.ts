import type { Release, Term } from "../content/release.ts";

export interface TermGroup extends Term {
  url: string;
  /** Listed releases with this key, newest first. */
  releases: Release[];
}

/**
 * Bucket listed releases by topic and by county in one pass (no loop over keys × releases).
 * Every key of the vocabulary gets a group, even with no releases, in the vocabulary's order.
 */
export function groupByTerms(
  listed: readonly Release[],
  vocabulary: { topics: Record<string, { name: string }>; counties: Record<string, { name: string }> },
): { topics: TermGroup[]; counties: TermGroup[] } {
  const make = (kind: "topics" | "counties") =>
    new Map(Object.entries(vocabulary[kind]).map(([key, { name }]) => [key, { key, name, url: `/${kind}/${key}/`, releases: [] as Release[] }]));
  const topics = make("topics");
  const counties = make("counties");
  for (const r of listed) {
    for (const t of r.topics) topics.get(t.key)?.releases.push(r);
    if (r.county) counties.get(r.county.key)?.releases.push(r);
  }
  return { topics: [...topics.values()], counties: [...counties.values()] };
}
