import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * A bare Hugo site over the same Markdown, for `npm run bench -- --vs-hugo`: every release's
 * body with only its title as front matter (Hugo cannot read Jalali dates), one layout, every
 * other kind of page (lists, taxonomies, feeds, sitemap) turned off. What Hugo does here is the
 * least any generator does: read, convert the Markdown, write one page per file.
 */
export function hugoSite(releasesDir: string, siteDir: string): number {
  mkdirSync(path.join(siteDir, "content/releases"), { recursive: true });
  mkdirSync(path.join(siteDir, "layouts/_default"), { recursive: true });
  writeFileSync(path.join(siteDir, "hugo.toml"), [
    'baseURL = "https://example.org/"',
    'languageCode = "fa"',
    'disableKinds = ["home", "section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]',
    "",
  ].join("\n"));
  writeFileSync(path.join(siteDir, "layouts/_default/single.html"),
    '<!doctype html>\n<html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>\n<body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>\n');
  let written = 0;
  for (const file of readdirSync(releasesDir, { recursive: true, encoding: "utf8" }) as string[]) {
    if (!file.endsWith(".md")) continue;
    const text = readFileSync(path.join(releasesDir, file), "utf8");
    const end = text.indexOf("\n---", 4);
    const title = /^title: (.*)$/m.exec(text.slice(0, end))?.[1] ?? path.basename(file, ".md");
    const body = text.slice(text.indexOf("\n", end + 1) + 1);
    writeFileSync(path.join(siteDir, "content/releases", path.basename(file)), `---\ntitle: ${JSON.stringify(title)}\n---\n${body}`);
    written++;
  }
  return written;
}
