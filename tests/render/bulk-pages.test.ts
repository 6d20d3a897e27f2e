import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import nunjucks from "nunjucks";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Newsroom } from "../../src/collections/newsroom.ts";
import type { Site } from "../../src/content/site.ts";
import { renderBulkPages } from "../../src/render/bulk-pages.ts";

const tmp = mkdtempSync(path.join(os.tmpdir(), "newsroom-bulk-"));
test.after(() => rmSync(tmp, { recursive: true, force: true }));

// Real Nunjucks (the engine Eleventy hands the plugin) with tiny templates: what is tested is how
// the pages are written.
const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(path.join(tmp, "includes")));
const templates = [["layouts/base.njk", "<main>{{ content | safe }}</main>"], ["pages/release.njk", "<h1>{{ item.title }}</h1>"], ["pages/listing.njk", ""], ["pages/archive-year.njk", ""]];
for (const [name, text] of templates) {
  mkdirSync(path.dirname(path.join(tmp, "includes", name as string)), { recursive: true });
  writeFileSync(path.join(tmp, "includes", name as string), text as string);
}
const plan = (title: string) => ({
  render: { releasePages: [{ url: "/releases/1/", title }], listingPages: [], archivePages: [] },
}) as unknown as Newsroom;
const globals = { site: {} as Site, assets: { css: "/assets/css/site.css" } };

test("bulk pages :: regression: serving never writes into a page that is a hard link into the build cache", async () => {
  const out = path.join(tmp, "_site");
  const cached = path.join(tmp, "cache-entry.html");
  writeFileSync(cached, "<main><h1>خبر قدیم</h1></main>");
  mkdirSync(path.join(out, "releases/1"), { recursive: true });
  linkSync(cached, path.join(out, "releases/1/index.html")); // as a build with the cache leaves it
  await renderBulkPages(env, plan("خبر تازه"), globals, out, false);
  assert.is(readFileSync(path.join(out, "releases/1/index.html"), "utf8"), "<main><h1>خبر تازه</h1></main>");
  assert.is(readFileSync(cached, "utf8"), "<main><h1>خبر قدیم</h1></main>", "the cache entry is untouched");
});

test.run();
