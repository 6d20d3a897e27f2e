import path from "node:path";
import * as pagefind from "pagefind";
import type { Release } from "../content/release.ts";
import { fold } from "../persian/fold.js";

/** Text of an HTML fragment for the index: tags dropped, entities the renderer emits decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^<>]+>/g, " ")
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/** What Pagefind indexes for one release: title, lead and body only, folded. */
export function searchRecord(release: Release) {
  return {
    url: release.url,
    language: "fa",
    content: fold(`${release.title}\n${release.lead}\n${htmlToText(release.bodyHtml)}`),
    meta: { title: release.title },
    filters: {
      "موضوع": release.topics.map((t) => t.name),
      "شهرستان": [release.county ? release.county.name : "سراسر استان"],
    },
  };
}

/**
 * Build the Pagefind index of the listed releases into `<outDir>/pagefind/`. Records come
 * from the typed releases, not from HTML pages, so menus and footers are never indexed and
 * no page is parsed twice.
 */
export async function writeSearchIndex(releases: readonly Release[], outDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "fa" });
  if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
  try {
    // Send every record before awaiting any: the service answers in order, and one
    // round trip per record would leave both processes idle most of the time.
    const added = await Promise.all(releases.map((release) => index.addCustomRecord(searchRecord(release))));
    added.forEach((result, i) => {
      if (result.errors.length) throw new Error(`Pagefind ${releases[i]?.url}: ${result.errors.join("; ")}`);
    });
    const written = await index.writeFiles({ outputPath: path.join(outDir, "pagefind") });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
    return releases.length;
  } finally {
    await pagefind.close();
  }
}
