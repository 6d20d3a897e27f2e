import { readFileSync } from "node:fs";
import path from "node:path";
import { generateReleases } from "../bench/generate.ts";
import { urlPathOf } from "./site-files.ts";
import type { Target } from "./targets.ts";

/**
 * The gates' second site: the sample in `releases/` has 15 releases, too few for a numbered
 * listing page, so the gates also build this one from `src/bench/generate.ts` (valid synthetic
 * releases, the same for a given seed) to see the pager and `/…/page/N/` pages.
 *
 * 170 releases (one withdrawn, 169 listed): the home page has F = 8 full blocks of 20
 * (src/collections/paginate.ts), so `/page/1/` … `/page/7/` exist and page 5's pager has every
 * item at once («→ جدیدتر», «تازه‌ترین», five numbers, «…», ۱, «قدیمی‌تر ←»), the widest pager
 * a reader sees. Only the first three topics are used, so each holds 80–100 releases and has
 * numbered pages.
 */
export const PAGED_SITE = { releases: 170, seed: 1404, topics: 3 } as const;

/**
 * Write the generated releases of the second site into `releasesDir`, with topics and counties
 * from `<dataDir>/topics.json` and `counties.json`; every release dated before `now` (the gates'
 * SOURCE_DATE_EPOCH), so none is scheduled.
 */
export function writePagedReleases(releasesDir: string, dataDir: string, now: Date): void {
  const keys = (name: string) => Object.keys(JSON.parse(readFileSync(path.join(dataDir, name), "utf8")) as object);
  generateReleases(releasesDir, {
    count: PAGED_SITE.releases,
    seed: PAGED_SITE.seed,
    topics: keys("topics.json").slice(0, PAGED_SITE.topics),
    counties: keys("counties.json"),
    scheduledShare: 0,
    now,
  });
}

const PAGER = /<nav class="pager"[^>]*>([\s\S]*?)<\/nav>/;

/** How many items (links and «…») the page's pager has; 0 without a pager. */
export function pagerItems(html: string): number {
  const nav = PAGER.exec(html)?.[1];
  return nav ? (nav.match(/<li\b/g) ?? []).length : 0;
}

/**
 * The pages of the second site the gates check (html-validate, Nu, links, axe, screenshots at
 * 390 and 1280 px), from the built site's files:
 * - `listing-base-with-pager`: `/`, which must carry a pager;
 * - `listing-numbered-first`: `/page/1/`;
 * - `listing-numbered-middle`: the home's numbered page with the most pager items (page 1 and
 *   the newest numbered page aside; of equals the lowest number);
 * - `topic-numbered-first`: `/topics/<key>/page/1/` of the first topic (by key) that has one.
 * `files` are the same pages as files of `siteDir`. A page that cannot be found is a problem, not
 * a silent skip. `origin` is the site's server.
 */
export function pagedTargets(siteDir: string, pages: readonly string[], origin: string): { targets: Target[]; files: string[]; problems: string[] } {
  const targets: Target[] = [];
  const files: string[] = [];
  const problems: string[] = [];
  const read = (p: string) => readFileSync(path.join(siteDir, p), "utf8");
  const add = (name: string, page: string | undefined, what: string) => {
    if (page && pages.includes(page)) {
      targets.push({ name, urlPath: urlPathOf(page), fonts: false, origin });
      files.push(page);
    } else problems.push(`generated site: no ${what}`);
  };

  add("listing-base-with-pager", pages.includes("index.html") && pagerItems(read("index.html")) > 0 ? "index.html" : undefined, "home page with a pager (index.html with <nav class=\"pager\">)");
  add("listing-numbered-first", "page/1/index.html", "numbered home page page/1/index.html");
  const numbered = pages
    .map((p) => ({ p, n: Number(/^page\/(\d+)\/index\.html$/.exec(p)?.[1] ?? NaN) }))
    .filter(({ n }) => Number.isInteger(n))
    .sort((a, b) => a.n - b.n);
  const newest = numbered.at(-1)?.n;
  const middle = numbered
    .filter(({ n }) => n > 1 && n !== newest)
    .map(({ p, n }) => ({ p, n, items: pagerItems(read(p)) }))
    .sort((a, b) => b.items - a.items || a.n - b.n)[0];
  add("listing-numbered-middle", middle?.p, "numbered home page between page 1 and the newest (page/N/index.html, at least 3 numbered pages)");
  const topic = pages.filter((p) => /^topics\/[^/]+\/page\/1\/index\.html$/.test(p)).sort()[0];
  add("topic-numbered-first", topic, "topic with a numbered page (topics/<key>/page/1/index.html)");
  return { targets, files, problems };
}
