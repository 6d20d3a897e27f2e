import type { Newsroom } from "../collections/newsroom.ts";
import type { Release } from "../content/release.ts";
import type { Site } from "../content/site.ts";
import { atomDocument, atomEntry, feedUpdated, jsonDocument, jsonItem, rssDocument, rssItem, type FeedChannel } from "./formats.ts";
import { feedItem, shortFeedItem, type FeedItem } from "./item.ts";

export const FEED_SIZE = 50;
export const MAX_FEED_BYTES = 1_000_000;

export interface FeedFile {
  /** Output path, e.g. `feed.xml`, `topics/employment/atom.xml`. */
  path: string;
  content: string;
  items: number;
}

const bytes = (s: string) => Buffer.byteLength(s, "utf8");

/**
 * The most items (newest first) whose document stays under the size limit: a long body
 * drops whole items from the end, never a truncated item.
 */
function fit(pieces: readonly string[], render: (n: number) => string): { content: string; items: number } {
  let n = pieces.length;
  let content = render(n);
  while (n > 0 && bytes(content) > MAX_FEED_BYTES) {
    n--;
    content = render(n);
  }
  return { content, items: n };
}

/**
 * Every feed of the site from the build's views: site-wide RSS, Atom and JSON Feed, and RSS
 * and Atom for each topic and county. Releases with a page (withdrawn ones included, so
 * readers learn of the withdrawal) are bucketed in one pass; each item is rendered once per
 * format and reused by every feed that carries it.
 */
export function renderFeeds(newsroom: Newsroom, site: Site): FeedFile[] {
  const items = new Map<number, FeedItem>();
  const rss = new Map<number, string>();
  const atom = new Map<number, string>();
  const itemOf = (r: Release) => {
    let i = items.get(r.code);
    if (!i) items.set(r.code, (i = feedItem(r, site)));
    return i;
  };
  const rssOf = (r: Release) => rss.get(r.code) ?? (rss.set(r.code, rssItem(itemOf(r))), rss.get(r.code) as string);
  const atomOf = (r: Release) => atom.get(r.code) ?? (atom.set(r.code, atomEntry(itemOf(r))), atom.get(r.code) as string);
  /**
   * An item whose full text alone would take a feed of this channel over the cap is carried as
   * summary and link, so one huge release never empties the feed (issue 12, point 7).
   */
  const fitting = <T>(full: T, size: (piece: T) => number, emptyDoc: number, short: () => T): T =>
    emptyDoc + size(full) > MAX_FEED_BYTES ? short() : full;

  const buckets = new Map<string, Release[]>();
  const push = (key: string, r: Release) => {
    const list = buckets.get(key) ?? [];
    if (list.length < FEED_SIZE) list.push(r);
    buckets.set(key, list);
  };
  for (const r of newsroom.pages) {
    for (const t of r.topics) push(`topics/${t.key}/`, r);
    if (r.county) push(`counties/${r.county.key}/`, r);
  }

  const files: FeedFile[] = [];
  const channel = (base: string, title: string, description: string, idSuffix: string): FeedChannel => ({
    id: `tag:${site.feedAuthority},${site.feedIdYear}:feed${idSuffix}`,
    title,
    description,
    pageUrl: `${site.url}/${base}`,
    rssUrl: `${site.url}/${base}feed.xml`,
    atomUrl: `${site.url}/${base}atom.xml`,
    jsonUrl: `${site.url}/${base}feed.json`,
  });
  const write = (base: string, ch: FeedChannel, releases: readonly Release[], json: boolean) => {
    // The empty document plus room for its date line: what a feed of one item adds the item to.
    const emptyRss = bytes(rssDocument(ch, site, [], undefined)) + 100;
    const emptyAtom = bytes(atomDocument(ch, site, [], undefined)) + 100;
    const rssPieces = releases.map((r) => fitting(rssOf(r), bytes, emptyRss, () => rssItem(shortFeedItem(itemOf(r)))));
    const atomPieces = releases.map((r) => fitting(atomOf(r), bytes, emptyAtom, () => atomEntry(shortFeedItem(itemOf(r)))));
    const updatedOf = (n: number) => feedUpdated(releases.slice(0, n).map(itemOf));
    const r = fit(rssPieces, (n) => rssDocument(ch, site, rssPieces.slice(0, n), updatedOf(n)));
    files.push({ path: `${base}feed.xml`, ...r });
    const a = fit(atomPieces, (n) => atomDocument(ch, site, atomPieces.slice(0, n), updatedOf(n)));
    files.push({ path: `${base}atom.xml`, ...a });
    if (json) {
      const emptyJson = bytes(jsonDocument(ch, site, [])) + 100;
      const jsonBytes = (o: Record<string, unknown>) => bytes(JSON.stringify(o, null, 4));
      const objects = releases.map((rel) => fitting(jsonItem(itemOf(rel)), jsonBytes, emptyJson, () => jsonItem(shortFeedItem(itemOf(rel)))));
      const j = fit(releases.map(() => ""), (n) => jsonDocument(ch, site, objects.slice(0, n)));
      files.push({ path: `${base}feed.json`, ...j });
    }
  };

  write("", channel("", site.title, site.description, ""), newsroom.pages.slice(0, FEED_SIZE), true);
  for (const t of newsroom.topics) {
    const base = `topics/${t.key}/`;
    write(base, channel(base, `${site.shortTitle} — ${t.name}`, `خبرهای موضوع ${t.name}`, `:topics:${t.key}`), buckets.get(base) ?? [], false);
  }
  for (const c of newsroom.counties) {
    const base = `counties/${c.key}/`;
    write(base, channel(base, `${site.shortTitle} — شهرستان ${c.name}`, `خبرهای شهرستان ${c.name}`, `:counties:${c.key}`), buckets.get(base) ?? [], false);
  }
  return files;
}
