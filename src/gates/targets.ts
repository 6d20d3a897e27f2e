import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { urlPathOf } from "./site-files.ts";

/** A page the browser gates open. */
export interface Target {
  /** Readable name, used in findings and screenshot file names: `home`, `release-15`, … */
  name: string;
  /** URL path on the test server. */
  urlPath: string;
  /** Whether the Vazirmatn check runs on it (home and the release). */
  fonts: boolean;
  /** A selector to wait for after load, for pages that render with script (search results). */
  waitFor?: string;
  /** The server of the site the page is on, when not the gate context's (the generated site, `paged-site.ts`). */
  origin?: string;
}

export const WIDTHS = [390, 1280] as const;

const RELEASE_IMAGE = /<figure\b[^>]+\bclass="(?:[^"]*\s)?release-image(?:\s[^"]*)?"/;

/**
 * The pages of issues 7 and 14 found in the built site: the home page, a release with an image
 * (`<figure class="release-image">`), a topic page, an archive month, /search/ (empty and with
 * `?q=بیمه`), /feeds/, /about/, /counties/ and /404.html.
 * Of several topics or months the fullest (largest file) is taken. A page that cannot be found
 * is a problem, not a silent skip.
 */
export function findTargets(siteDir: string, pages: readonly string[]): { targets: Target[]; problems: string[] } {
  const problems: string[] = [];
  const targets: Target[] = [];
  const size = (p: string) => statSync(path.join(siteDir, p)).size;
  const largest = (list: string[]) => list.sort((a, b) => size(b) - size(a) || a.localeCompare(b))[0];
  const add = (name: string, page: string | undefined, what: string, fonts = false) => {
    if (page && pages.includes(page)) targets.push({ name, urlPath: urlPathOf(page), fonts });
    else problems.push(`no ${what} in the built site`);
  };

  add("home", "index.html", "home page (index.html)", true);
  const release = pages.find((p) => /^releases\/[^/]+\/index\.html$/.test(p) && RELEASE_IMAGE.test(readFileSync(path.join(siteDir, p), "utf8")));
  add(release ? `release-${release.split("/")[1]}` : "release", release, 'release page with <figure class="release-image">', true);
  const topic = largest(pages.filter((p) => /^topics\/[^/]+\/index\.html$/.test(p)));
  add(topic ? `topic-${topic.split("/")[1]}` : "topic", topic, "topic page (topics/<key>/index.html)");
  const month = largest(pages.filter((p) => /^archive\/\d{4}\/\d{2}\/index\.html$/.test(p)));
  add(month ? `archive-${month.split("/").slice(1, 3).join("-")}` : "archive-month", month, "archive month page (archive/<year>/<month>/index.html)");
  add("search", "search/index.html", "search page (search/index.html)");
  // A query with results: Pagefind's result list, filters and Persian counts are checked too.
  if (pages.includes("search/index.html")) {
    targets.push({ name: "search-q", urlPath: `/search/?q=${encodeURIComponent("بیمه")}`, fonts: false, waitFor: "#search .pagefind-ui__result" });
  }
  add("feeds", "feeds/index.html", "feeds page (feeds/index.html)");
  add("about", "about/index.html", "about page (about/index.html)");
  add("counties", "counties/index.html", "counties index (counties/index.html)");
  add("404", "404.html", "404.html");
  return { targets, problems };
}
