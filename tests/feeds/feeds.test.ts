import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import Parser from "rss-parser";
import { DateTime } from "luxon";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildNewsroom } from "../../src/collections/newsroom.ts";
import { loadReleases, readVocabulary } from "../../src/content/load-releases.ts";
import type { Release } from "../../src/content/release.ts";
import { readSite } from "../../src/content/site.ts";
import { FEED_SIZE, MAX_FEED_BYTES, renderFeeds, type FeedFile } from "../../src/feeds/render-feeds.ts";
import { processReleaseImages } from "../../src/images/release-images.ts";

const root = process.cwd();
const dataDir = path.join(root, "_data");
const site = readSite(dataDir);
const vocabulary = readVocabulary(dataDir);
const fixtures = path.join(root, "tests/fixtures/valid/feeds");
const now = new Date("2025-10-01T00:00:00Z");
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });

const imageOut = mkdtempSync(path.join(os.tmpdir(), "newsroom-feed-img-"));
test.after(() => rmSync(imageOut, { recursive: true, force: true }));

/** Feeds of a folder of releases, after the image step, as in a build. */
async function feedsOf(releasesDir: string): Promise<Map<string, FeedFile>> {
  const { releases, problems } = loadReleases({ root, releasesDir });
  assert.equal(problems, []);
  const images = await processReleaseImages(releases, imageOut, path.join(imageOut, "cache"));
  for (const r of releases) if (r.image) r.image.responsive = images.get(r.code);
  return new Map(renderFeeds(buildNewsroom(releases, vocabulary, now), site).map((f) => [f.path, f]));
}

function get(files: Map<string, FeedFile>, p: string): string {
  const f = files.get(p);
  assert.ok(f, `no ${p}`);
  return f.content;
}

const feeds = await feedsOf(fixtures);
const poolImage = (await processReleaseImages(loadReleases({ root, releasesDir: fixtures }).releases, imageOut, path.join(imageOut, "cache"))).get(1);
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

test("feeds :: every XML feed is well-formed and every feed is under 1 MB with at most 50 items", () => {
  assert.ok(feeds.size > 3);
  for (const [p, f] of feeds) {
    if (p.endsWith(".xml")) assert.is(XMLValidator.validate(f.content), true, p);
    else JSON.parse(f.content);
    assert.ok(Buffer.byteLength(f.content) < MAX_FEED_BYTES, p);
    assert.ok(f.items <= FEED_SIZE, p);
  }
});

test("rss :: required channel and item elements, with a real parser", async () => {
  const doc = get(feeds, "feed.xml");
  const parsed = await new Parser().parseString(doc);
  assert.is(parsed.title, site.title);
  assert.is(parsed.link, `${site.url}/`);
  assert.is(parsed.items.length, 4);
  const channel = xml.parse(doc).rss.channel;
  assert.is(channel.language, "fa");
  assert.is(channel["atom:link"]["@href"], `${site.url}/feed.xml`);
  assert.is(channel["atom:link"]["@rel"], "self");
  const pool = asArray(channel.item).find((i: { link: string }) => i.link.endsWith("/releases/1/"));
  assert.is(pool.guid["#text"], "tag:fars-labour.example.ir,2025:release:1");
  assert.is(pool.guid["@isPermaLink"], "false");
  assert.is(pool.pubDate, "Tue, 16 Sep 2025 10:30:00 +0330");
  assert.is(pool.description, "عملیات بهسازی استخر مجموعهٔ ورزشی کارگران کازرون آغاز شد و این مجموعه تا پایان سال دوباره در اختیار جامعهٔ کارگری شهرستان قرار می‌گیرد.");
  // The county is a category too, told apart by its domain.
  assert.equal(asArray(pool.category).map((c: { "#text": string; "@domain": string }) => [c["@domain"], c["#text"]]), [["topic", "امکانات کارگری"], ["topic", "اشتغال"], ["county", "کازرون"]]);
  // The enclosure is the processed JPEG (no camera metadata), never the original file.
  assert.ok(poolImage);
  assert.match(pool.enclosure["@url"], new RegExp(`^${site.url}/img/[\\w-]+-320\\.jpeg$`));
  assert.is(pool.enclosure["@url"], `${site.url}${poolImage.og.url}`);
  assert.is(pool.enclosure["@type"], "image/jpeg");
  assert.is(Number(pool.enclosure["@length"]), readFileSync(path.join(imageOut, poolImage.og.url)).length);
  assert.not.equal(Number(pool.enclosure["@length"]), readFileSync(path.join(fixtures, "pool.jpg")).length);
});

test("atom :: required feed and entry elements, published and updated", async () => {
  const doc = get(feeds, "atom.xml");
  const parsed = await new Parser().parseString(doc);
  assert.is(parsed.items.length, 4);
  const feed = xml.parse(doc).feed;
  assert.is(feed["@xml:lang"], "fa");
  assert.is(feed.id, "tag:fars-labour.example.ir,2025:feed");
  assert.ok(feed.title && feed.author.name);
  const links = asArray(feed.link) as Array<{ "@rel": string; "@href": string }>;
  assert.is(links.find((l) => l["@rel"] === "self")?.["@href"], `${site.url}/atom.xml`);
  const entries = asArray(feed.entry) as Array<Record<string, unknown>>;
  for (const e of entries) for (const k of ["id", "title", "published", "updated", "summary", "content", "link"]) assert.ok(e[k] !== undefined, k);
  const corrected = entries.find((e) => e.id === "tag:fars-labour.example.ir,2025:release:2") as Record<string, string>;
  assert.is(corrected.published, "2025-08-03T09:15:00+03:30");
  assert.is(corrected.updated, "2025-08-05T12:30:00+03:30");
  assert.ok(DateTime.fromISO(String(corrected.updated)) > DateTime.fromISO(String(corrected.published)));
  // The feed's own <updated> is the newest item's, not the build clock.
  assert.is(feed.updated, "2025-09-16T10:30:00+03:30");
});

test("json feed :: version 1.1 with ids, dates and images", () => {
  const doc = JSON.parse(get(feeds, "feed.json"));
  assert.is(doc.version, "https://jsonfeed.org/version/1.1");
  assert.is(doc.language, "fa");
  assert.is(doc.feed_url, `${site.url}/feed.json`);
  const pool = doc.items.find((i: { id: string }) => i.id === "tag:fars-labour.example.ir,2025:release:1");
  assert.is(pool.date_published, "2025-09-16T10:30:00+03:30");
  assert.is(pool.date_modified, "2025-09-16T10:30:00+03:30");
  assert.is(pool.image, `${site.url}${poolImage?.og.url}`);
  assert.equal(pool.tags, ["امکانات کارگری", "اشتغال", "کازرون"]);
  assert.is(pool.summary.slice(0, 15), "عملیات بهسازی ا");
});

test("content :: full body in an RTL wrapper, all links and sources absolute", () => {
  const doc = JSON.parse(get(feeds, "feed.json"));
  const pool = doc.items.find((i: { id: string }) => i.id.endsWith(":release:1")).content_html as string;
  assert.ok(pool.startsWith('<div dir="rtl" lang="fa">'));
  assert.ok(pool.includes(`<a href="${site.url}/topics/employment/">فهرست خبرهای اشتغال</a>`));
  assert.ok(pool.includes(`<a href="${site.url}/releases/2/">خبر قبلی</a>`));
  assert.ok(pool.includes(`<img src="${site.url}${poolImage?.og.url}"`));
  for (const f of feeds.values()) {
    const relative = f.content.match(/(?:href|src)=(?:"|&quot;)(?!https?:)[^"&]*/g);
    assert.is(relative, null, `${f.path}: ${relative?.join(", ")}`);
  }
});

test("content :: characters XML forbids are removed", () => {
  for (const f of feeds.values()) assert.not.match(f.content, /[\u0000-\u0008\v\f\u000E-\u001F]/, f.path);
  assert.ok(get(feeds, "feed.xml").includes("متنی که از ورد آمده و نویسهٔ کنترلی دارد."));
});

test("corrections :: same ID, later updated, latest note on top", () => {
  const doc = JSON.parse(get(feeds, "feed.json"));
  const item = doc.items.find((i: { id: string }) => i.id.endsWith(":release:2"));
  assert.ok(item.content_html.startsWith('<div dir="rtl" lang="fa"><p>یکشنبه ۱۲ مرداد ۱۴۰۴ - ۰۹:۱۵</p><p><strong>اصلاحیه (سه‌شنبه ۱۴ مرداد ۱۴۰۴ - ۱۲:۳۰):</strong> ساعت بازدید عمومی از ۹ تا ۱۷ اعلام شد.</p>'), item.content_html.slice(0, 200));
});

test("persian readers :: every item's content starts with its Jalali date line, withdrawn ones too", () => {
  const doc = JSON.parse(get(feeds, "feed.json"));
  const starts = Object.fromEntries(doc.items.map((i: { id: string; content_html: string }) => [i.id.split(":").at(-1), i.content_html.slice(0, 60)]));
  assert.is(starts["1"], '<div dir="rtl" lang="fa"><p>سه‌شنبه ۲۵ شهریور ۱۴۰۴ - ۱۰:۳۰</p>'.slice(0, 60));
  for (const [code, start] of Object.entries(starts)) assert.match(start as string, /^<div dir="rtl" lang="fa"><p>(شنبه|یکشنبه|دوشنبه|سه\u200cشنبه|چهارشنبه|پنجشنبه|جمعه) [۰-۹]+ /, code);
  const atom = get(feeds, "atom.xml");
  assert.ok(atom.includes("&lt;p&gt;سه‌شنبه ۲۵ شهریور ۱۴۰۴ - ۱۰:۳۰&lt;/p&gt;") || atom.includes("<p>سه‌شنبه ۲۵ شهریور ۱۴۰۴ - ۱۰:۳۰</p>"), "Atom content too");
});

test("withdrawals :: same ID, notice instead of the text, updated at the withdrawal", () => {
  const doc = JSON.parse(get(feeds, "feed.json"));
  const item = doc.items.find((i: { id: string }) => i.id === "tag:fars-labour.example.ir,2025:release:4");
  assert.ok(item, "a withdrawn release among the newest 50 stays in the feed");
  assert.is(item.date_modified, "2025-06-23T09:00:00+03:30");
  assert.ok(item.content_html.includes("این خبر پس گرفته شده است."));
  assert.ok(item.content_html.includes("دلیل: رقم تسهیلات نادرست اعلام شده بود"));
  assert.not.ok(item.content_html.includes("متن اصلی خبری که پس گرفته شد"));
});

test("topic and county feeds :: only their own items, RSS and Atom", () => {
  const topic = xml.parse(get(feeds, "topics/employment/feed.xml")).rss.channel;
  const links = asArray(topic.item).map((i: { link: string }) => i.link).sort();
  assert.equal(links, [`${site.url}/releases/1/`, `${site.url}/releases/2/`, `${site.url}/releases/4/`]);
  assert.is(topic["atom:link"]["@href"], `${site.url}/topics/employment/feed.xml`);
  const county = xml.parse(get(feeds, "counties/kazerun/atom.xml")).feed;
  assert.equal(asArray(county.entry).map((e: { id: string }) => e.id), ["tag:fars-labour.example.ir,2025:release:1"]);
  assert.is(county.id, "tag:fars-labour.example.ir,2025:feed:counties:kazerun");
  const empty = xml.parse(get(feeds, "counties/abadeh/atom.xml")).feed;
  assert.is(empty.entry, undefined);
  assert.is(empty.updated, "2025-01-01T00:00:00Z");
});

test("ids :: editing the title, the body, the file name or the site URL keeps every ID", async () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "newsroom-feed-ids-"));
  try {
    cpSync(fixtures, tmp, { recursive: true });
    const file = path.join(tmp, "0001-pool.md");
    const text = readFileSync(file, "utf8")
      .replace("title: بهسازی استخر کارگران کازرون آغاز شد", "title: بهسازی استخر کارگران کازرون رسماً آغاز شد")
      .replace("بهسازی استخر با اعتبار استانی آغاز شد.", "متن دیگری برای خبر.");
    rmSync(file);
    writeFileSync(path.join(tmp, "renamed.md"), text);
    const edited = await feedsOf(tmp);
    const ids = (files: Map<string, FeedFile>) => JSON.parse(get(files, "feed.json")).items.map((i: { id: string; title: string }) => `${i.id} ${i.title.length}`);
    assert.not.equal(ids(edited), ids(feeds), "the edit must show in the title");
    const plainIds = (files: Map<string, FeedFile>) => JSON.parse(get(files, "feed.json")).items.map((i: { id: string }) => i.id);
    assert.equal(plainIds(edited), plainIds(feeds));
    const { releases } = loadReleases({ root, releasesDir: fixtures });
    const moved = renderFeeds(buildNewsroom(releases, vocabulary, now), { ...site, url: "https://another.example.ir" });
    const movedIds = JSON.parse(moved.find((f) => f.path === "feed.json")?.content ?? "{}").items.map((i: { id: string }) => i.id);
    assert.equal(movedIds, plainIds(feeds));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

test("dates :: identical bytes and +03:30 under TZ=UTC and TZ=Asia/Tehran", async () => {
  const before = process.env.TZ;
  const render = async (tz: string) => {
    process.env.TZ = tz;
    return [...(await feedsOf(fixtures)).values()].map((f) => f.content).join("\n");
  };
  try {
    const utc = await render("UTC");
    const tehran = await render("Asia/Tehran");
    assert.ok(utc === tehran, "feeds differ between time zones");
    assert.ok(utc.includes("<pubDate>Tue, 16 Sep 2025 10:30:00 +0330</pubDate>"));
    assert.ok(utc.includes("<published>2025-09-16T10:30:00+03:30</published>"));
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
});

function synthetic(count: number, bodyBytes: number): Release[] {
  return Array.from({ length: count }, (_, i) => ({
    code: i + 1, file: `r${i + 1}.md`, url: `/releases/${i + 1}/`, title: `خبر آزمایشی شمارهٔ ${i + 1}`,
    lead: "لید خبر آزمایشی برای سنجش اندازهٔ خوراک‌ها و شمار اقلام آن‌ها.",
    date: DateTime.fromISO("2025-01-01T10:00", { zone: "Asia/Tehran" }).plus({ hours: i }),
    topics: [{ key: "employment", name: "اشتغال" }], attachments: [], draft: false, updates: [],
    bodyHtml: `<p>${"کارگران ".repeat(Math.ceil(bodyBytes / 15))}</p>`,
  }));
}

test("limits :: the newest 50 of many releases", () => {
  const files = renderFeeds(buildNewsroom(synthetic(70, 100), vocabulary, now), site);
  const rss = files.find((f) => f.path === "feed.xml");
  assert.is(rss?.items, 50);
  const codes = [...(rss?.content ?? "").matchAll(/:release:(\d+)</g)].map((m) => Number(m[1]));
  assert.equal(codes, Array.from({ length: 50 }, (_, i) => 70 - i));
});

test("limits :: long bodies give fewer whole items, never a feed over 1 MB", () => {
  const files = renderFeeds(buildNewsroom(synthetic(50, 60_000), vocabulary, now), site);
  for (const f of files) {
    assert.ok(Buffer.byteLength(f.content) <= MAX_FEED_BYTES, `${f.path} is ${Buffer.byteLength(f.content)} bytes`);
    if (f.path.endsWith(".xml")) assert.is(XMLValidator.validate(f.content), true);
  }
  const json = files.find((f) => f.path === "feed.json");
  assert.ok(json && json.items < 50 && json.items > 5, String(json?.items));
  assert.is(JSON.parse(json.content).items.length, json.items);
});

test("content :: regression: the feed's <img src> is escaped; a quote never opens an attribute", () => {
  const [r] = synthetic(1, 100);
  const release = r as Release;
  release.image = { url: '/releases/1/a"onerror="alert(1).jpg', publishPath: "", sourcePath: "", alt: 'نما "x"' };
  const [item] = renderFeeds(buildNewsroom([release], vocabulary, now), site).filter((f) => f.path === "feed.json").map((f) => JSON.parse(f.content).items[0]);
  assert.not.ok(item.content_html.includes('"onerror="'), item.content_html);
  assert.ok(item.content_html.includes('alt="نما &quot;x&quot;"'), item.content_html);
  release.image.responsive = { html: "", og: { url: "/img/abc-1200.jpeg", width: 1200, height: 675, bytes: 4321 } };
  const [again] = renderFeeds(buildNewsroom([release], vocabulary, now), site).filter((f) => f.path === "feed.json").map((f) => JSON.parse(f.content).items[0]);
  assert.ok(again.content_html.includes(`<figure><img src="${site.url}/img/abc-1200.jpeg" alt=`), again.content_html);
  assert.is(again.image, `${site.url}/img/abc-1200.jpeg`);
});

test("limits :: regression: one 20 MB release is carried as summary and link; every other item stays whole", () => {
  const releases = synthetic(10, 100);
  const huge = releases[6] as Release;
  huge.bodyHtml = `<p>${"کارگران ".repeat(1_400_000)}</p>`; // 21 MB
  const files = renderFeeds(buildNewsroom(releases, vocabulary, now), site);
  const short = `<div dir="rtl" lang="fa"><p>${huge.lead}</p><p><a href="${site.url}/releases/7/">متن کامل خبر در سایت</a></p></div>`;
  for (const f of files.filter((f) => f.path === "feed.xml" || f.path === "atom.xml" || f.path === "feed.json" || f.path.startsWith("topics/employment/"))) {
    assert.is(f.items, 10, f.path);
    assert.ok(Buffer.byteLength(f.content) <= MAX_FEED_BYTES, f.path);
    const bodyStart = f.path.endsWith(".json") ? "<p>کارگران" : "&lt;p&gt;کارگران";
    assert.is(f.content.split(bodyStart).length - 1, 9, `${f.path}: the nine others keep their bodies`);
  }
  const json = JSON.parse(files.find((f) => f.path === "feed.json")?.content ?? "{}");
  const item = json.items.find((i: { id: string }) => i.id.endsWith(":release:7"));
  assert.is(item.content_html, short);
  assert.is(item.summary, huge.lead);
  const atom = xml.parse(files.find((f) => f.path === "atom.xml")?.content ?? "").feed;
  assert.is(asArray(atom.entry).find((e: { id: string }) => e.id.endsWith(":release:7")).content["#text"], short);
});

test.run();
