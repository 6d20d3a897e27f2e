import type { Release, Vocabulary } from "../content/release.ts";
import { toPersianDigits } from "../persian/digits.ts";
import { groupByJalaliMonth, type ArchiveMonth, type ArchiveYear } from "./archive.ts";
import { newestFirst } from "./newsroom-order.ts";
import { paginate, PAGE_SIZE, type Crumb, type ListingPage } from "./paginate.ts";
import { relatedReleases } from "./related.ts";
import { fullPlan, type RenderPlan } from "./render-plan.ts";
import { groupByTerms, type TermGroup } from "./terms.ts";

export { newestFirst };
export const HOME_SIZE = PAGE_SIZE;

/** A release page as the templates see it. */
export interface ReleasePage {
  url: string;
  title: string;
  description: string;
  breadcrumbs: Crumb[];
  release: Release;
  related: Release[];
}

/** Every view of the releases that templates use, computed once per build. */
export interface Newsroom {
  /** Releases that have a page: published, withdrawn ones included, newest first. */
  pages: Release[];
  /** Releases shown in listings: published and not withdrawn, newest first. */
  listed: Release[];
  /** The 20 newest listed releases (the side column's latest list). */
  latest: Release[];
  /** Releases whose time has not come yet, soonest first. */
  scheduled: Release[];
  drafts: Release[];
  releasePages: ReleasePage[];
  /** Home, topic, county and archive-month pages, paginated. */
  listingPages: ListingPage[];
  topics: TermGroup[];
  counties: TermGroup[];
  archive: ArchiveYear[];
  /** `/archive/<year>/` pages. */
  archivePages: Array<{ url: string; title: string; description: string; breadcrumbs: Crumb[]; year: ArchiveYear }>;
  /** What the bulk renderer writes: everything, or only what changed while serving. */
  render: RenderPlan;
  builtAt: Date;
}

const HOME: Crumb = { title: "خانه", url: "/" };

/** The older (`previous`) and newer (`next`) months with releases around `month`, as links. */
function monthNeighbours(months: readonly ArchiveMonth[], month: ArchiveMonth): { previous?: Crumb; next?: Crumb } {
  const i = months.indexOf(month);
  const link = (m: ArchiveMonth | undefined) => (m ? { title: m.name, url: m.url } : undefined);
  const previous = link(months[i + 1]);
  const next = link(months[i - 1]);
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/**
 * Split releases by lifecycle state at the build's now and compute every view once.
 * @example buildNewsroom(releases, vocabulary, now).latest → the 20 newest listed releases
 */
export function buildNewsroom(releases: readonly Release[], vocabulary: Vocabulary, now: Date): Newsroom {
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

  const { topics, counties } = groupByTerms(listed, vocabulary);
  const archive = groupByJalaliMonth(listed);
  const topicByKey = new Map(topics.map((t) => [t.key, t]));
  const countyByKey = new Map(counties.map((c) => [c.key, c]));

  const releasePages = pages.map((release): ReleasePage => {
    const buckets = release.topics.map((t) => topicByKey.get(t.key)?.releases ?? []);
    if (release.county) buckets.push(countyByKey.get(release.county.key)?.releases ?? []);
    return {
      url: release.url,
      title: release.title,
      description: release.lead,
      // One name for one place: the menu calls /archive/ «بایگانی».
      breadcrumbs: [HOME, { title: "بایگانی", url: "/archive/" }],
      release,
      related: relatedReleases(release, buckets),
    };
  });

  const months = archive.flatMap((y) => y.months); // newest first
  const topicsCrumb = { title: "موضوع‌ها", url: "/topics/" };
  const countiesCrumb = { title: "شهرستان‌ها", url: "/counties/" };
  const archiveCrumb = { title: "بایگانی", url: "/archive/" };
  const listingPages: ListingPage[] = [
    ...paginate(listed, {
      url: "/", title: "تازه‌ترین خبرها", description: "",
      emptyText: "هنوز خبری منتشر نشده است.", breadcrumbs: [],
    }),
    ...topics.flatMap((t) =>
      paginate(t.releases, {
        url: t.url, title: `خبرهای ${t.name}`, description: `خبرها و اطلاعیه‌های {org} در موضوع ${t.name}`,
        emptyText: "هنوز خبری در این موضوع منتشر نشده است.", breadcrumbs: [HOME, topicsCrumb],
        feeds: { rss: `${t.url}feed.xml`, atom: `${t.url}atom.xml` },
      })),
    ...counties.flatMap((c) =>
      paginate(c.releases, {
        url: c.url, title: `خبرهای شهرستان ${c.name}`, description: `خبرها و اطلاعیه‌های {org} دربارهٔ شهرستان ${c.name}`,
        emptyText: "هنوز خبری از این شهرستان منتشر نشده است.", breadcrumbs: [HOME, countiesCrumb],
        feeds: { rss: `${c.url}feed.xml`, atom: `${c.url}atom.xml` },
      })),
    ...archive.flatMap((y) =>
      y.months.map((m): ListingPage => ({
        monthNav: monthNeighbours(months, m),
        url: m.url, title: `خبرهای ${m.name}`, description: `همهٔ خبرهای {org} در ${m.name}`,
        releases: m.releases, emptyText: "",
        breadcrumbs: [HOME, archiveCrumb, { title: `سال ${toPersianDigits(y.year)}`, url: y.url }],
      }))),
  ];

  const featured = listed.find((r) => r.image);
  const home = listingPages[0];
  if (featured && home?.url === "/") home.featured = featured;

  const archivePages = archive.map((year) => ({
    url: year.url,
    title: `بایگانی سال ${year.label}`,
    description: `خبرهای سال ${year.label} به تفکیک ماه`,
    breadcrumbs: [HOME, archiveCrumb],
    year,
  }));

  return {
    archivePages, pages, listed, latest: listed.slice(0, HOME_SIZE), scheduled, drafts,
    releasePages, listingPages, topics, counties, archive, builtAt: now,
    render: fullPlan({ releasePages, listingPages, archivePages }),
  };
}
