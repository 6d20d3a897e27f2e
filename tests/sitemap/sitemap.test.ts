import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildNewsroom } from "../../src/collections/newsroom.ts";
import { loadReleases } from "../../src/content/load-releases.ts";
import { readSite } from "../../src/content/site.ts";
import { renderRobots, renderSitemap } from "../../src/sitemap/sitemap.ts";

const root = process.cwd();
const site = readSite(path.join(root, "_data"));
const { releases, vocabulary } = loadReleases({ root, releasesDir: path.join(root, "tests/fixtures/lifecycle") });
const newsroom = buildNewsroom(releases, vocabulary, new Date("2025-09-25T00:00:00Z"));
const xml = renderSitemap(newsroom, site);
const urls = new XMLParser().parse(xml).urlset.url as Array<{ loc: string; lastmod?: string }>;
const entry = (p: string) => urls.find((u) => u.loc === `${site.url}${p}`);

test("sitemap :: well-formed, every page once, no draft or scheduled release", () => {
  assert.is(XMLValidator.validate(xml), true);
  assert.is(new Set(urls.map((u) => u.loc)).size, urls.length);
  for (const p of ["/", "/releases/1/", "/releases/2/", "/releases/3/", "/topics/employment/", "/archive/1404/06/", "/about/"]) assert.ok(entry(p), p);
  assert.is(entry("/releases/4/"), undefined);
  assert.is(entry("/releases/5/"), undefined);
});

test("sitemap :: lastmod is the latest update or withdrawal, with the Tehran offset", () => {
  assert.is(entry("/releases/1/")?.lastmod, "2025-08-23T10:00:00+03:30");
  assert.is(entry("/releases/2/")?.lastmod, "2025-08-29T12:30:00+03:30");
  assert.is(entry("/releases/3/")?.lastmod, "2025-09-02T09:00:00+03:30");
});

test("robots.txt :: names the sitemap", () => {
  assert.is(renderRobots(site), `User-agent: *\nAllow: /\n\nSitemap: ${site.url}/sitemap.xml\n`);
});

test.run();
