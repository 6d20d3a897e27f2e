import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildNewsroom } from "../../src/collections/newsroom.ts";
import { loadReleases, readVocabulary } from "../../src/content/load-releases.ts";
import { readSite } from "../../src/content/site.ts";
import { FEED_SIZE, MAX_FEED_BYTES, renderFeeds } from "../../src/feeds/render-feeds.ts";
import { checkFeed } from "../../src/gates/feeds.ts";

const root = process.cwd();
const dataDir = path.join(root, "_data");
const { releases } = loadReleases({ root, releasesDir: path.join(root, "tests/fixtures/valid/feeds") });
const feeds = renderFeeds(buildNewsroom(releases, readVocabulary(dataDir), new Date("2025-10-01T00:00:00Z")), readSite(dataDir));
const feed = (p: string) => {
  const f = feeds.find((x) => x.path === p);
  assert.ok(f, p);
  return f.content;
};

const rss = (items: string) =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>خبرها</title><link>https://example.ir/</link><description>همه</description>${items}</channel></rss>`;
const rssItem = (n: number) => `<item><title>خبر ${n}</title><guid isPermaLink="false">tag:example.ir,2025:${n}</guid><pubDate>Tue, 16 Sep 2025 10:30:00 +0330</pubDate></item>`;

test("checkFeed :: every feed the project renders passes", async () => {
  assert.ok(feeds.length > 5);
  for (const f of feeds) assert.equal(await checkFeed(f.path, f.content), [], f.path);
});

test("checkFeed :: a small hand-written RSS, Atom and JSON Feed pass", async () => {
  assert.equal(await checkFeed("feed.xml", rss(rssItem(1))), []);
  const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><id>tag:x,2025:f</id><title>ت</title><updated>2025-09-16T10:30:00+03:30</updated>
    <entry><id>tag:x,2025:1</id><title>خبر</title><updated>2025-09-16T10:30:00+03:30</updated></entry></feed>`;
  assert.equal(await checkFeed("topics/a/atom.xml", atom), []);
  assert.equal(await checkFeed("feed.json", JSON.stringify({ version: "https://jsonfeed.org/version/1.1", title: "ت", items: [{ id: "1" }] })), []);
});

test("checkFeed :: malformed XML fails with the line", async () => {
  const broken = feed("feed.xml").replace("</channel>", "");
  const problems = await checkFeed("feed.xml", broken);
  assert.is(problems.length, 1);
  assert.match(problems[0]!, /^not well-formed XML: line \d+: /);
});

test("checkFeed :: RSS without required channel and item elements fails, naming them", async () => {
  const problems = await checkFeed("feed.xml", rss(rssItem(1) + "<item><title>بی‌شناسه</title></item>").replace("<description>همه</description>", ""));
  assert.equal(problems, ["channel: no <description>", "item 2: no <guid>", "item 2: no <pubDate>"]);
  const badDate = await checkFeed("feed.xml", rss(rssItem(1).replace("Tue, 16 Sep 2025 10:30:00 +0330", "۱۴۰۴/۰۶/۲۵")));
  assert.equal(badDate, ["item 1: pubDate «۱۴۰۴/۰۶/۲۵» is not an RFC 822 date"]);
});

test("checkFeed :: Atom without id or updated fails", async () => {
  const doc = feed("atom.xml").replace(/<updated>[^<]*<\/updated>/, "").replace(/(<entry>[\s\S]*?)<id>[^<]*<\/id>/, "$1");
  const problems = await checkFeed("atom.xml", doc);
  assert.ok(problems.includes("feed: no <updated>"), problems.join("; "));
  assert.ok(problems.includes("entry 1: no <id>"), problems.join("; "));
  assert.equal(await checkFeed("atom.xml", rss(rssItem(1))), ["no <feed> root element"]);
});

test("checkFeed :: JSON Feed: not JSON, wrong version, items without id", async () => {
  assert.match((await checkFeed("feed.json", "{ items: [] }"))[0]!, /^not JSON: /);
  const doc = JSON.parse(feed("feed.json"));
  doc.version = "1.1";
  delete doc.items[0].id;
  assert.equal(await checkFeed("feed.json", JSON.stringify(doc)), ['version is "1.1", not a JSON Feed version URL', "item 1: no id"]);
  assert.equal(await checkFeed("feed.json", JSON.stringify({ version: "https://jsonfeed.org/version/1.1" })), ["no title", "no items array"]);
});

test("checkFeed :: more than 50 items or 1 MB fails", async () => {
  const many = rss(Array.from({ length: FEED_SIZE + 1 }, (_, i) => rssItem(i + 1)).join(""));
  assert.equal(await checkFeed("feed.xml", many), [`${FEED_SIZE + 1} items, limit ${FEED_SIZE}`]);
  const big = rss(rssItem(1).replace("<title>خبر 1</title>", `<title>${"ک".repeat(MAX_FEED_BYTES / 2)}</title>`));
  assert.match((await checkFeed("feed.xml", big))[0]!, new RegExp(`^\\d+ bytes, limit ${MAX_FEED_BYTES}$`));
});

test.run();
