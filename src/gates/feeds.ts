import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import Parser from "rss-parser";
import { FEED_SIZE, MAX_FEED_BYTES } from "../feeds/render-feeds.ts";
import { count, listFiles } from "./site-files.ts";
import { result, type GateContext, type GateResult } from "./types.ts";

export const FEED_NAMES = ["feed.xml", "atom.xml", "feed.json"] as const;

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
/** The text of an element parsed by fast-xml-parser (plain, or `#text` when it has attributes). */
const text = (v: unknown): string => {
  if (typeof v === "string" || typeof v === "number") return String(v).trim();
  if (v && typeof v === "object" && "#text" in v) return String((v as { "#text": unknown })["#text"]).trim();
  return "";
};
const missing = (obj: Record<string, unknown>, keys: readonly string[]) => keys.filter((k) => text(obj[k]) === "");

/**
 * The checks of one feed file, by its name: `feed.xml` is RSS 2.0, `atom.xml` Atom 1.0 and
 * `feed.json` JSON Feed. The same limits as the feed tests: well-formed, parsed by a real
 * parser, the required elements present, at most FEED_SIZE items, under MAX_FEED_BYTES.
 * Returns the problems found; an empty list means the feed passed.
 */
export async function checkFeed(name: string, content: string): Promise<string[]> {
  const problems: string[] = [];
  const size = Buffer.byteLength(content, "utf8");
  if (size >= MAX_FEED_BYTES) problems.push(`${size} bytes, limit ${MAX_FEED_BYTES}`);
  const base = path.posix.basename(name);
  let items = 0;

  if (base.endsWith(".json")) {
    let doc: Record<string, unknown>;
    try {
      doc = JSON.parse(content) as Record<string, unknown>;
    } catch (err) {
      return [...problems, `not JSON: ${(err as Error).message}`];
    }
    if (!/^https:\/\/jsonfeed\.org\/version\/1(?:\.1)?$/.test(String(doc.version))) problems.push(`version is ${JSON.stringify(doc.version)}, not a JSON Feed version URL`);
    if (missing(doc, ["title"]).length) problems.push("no title");
    if (!Array.isArray(doc.items)) problems.push("no items array");
    const list = Array.isArray(doc.items) ? (doc.items as Record<string, unknown>[]) : [];
    items = list.length;
    list.forEach((item, i) => {
      if (missing(item, ["id"]).length) problems.push(`item ${i + 1}: no id`);
    });
  } else {
    const valid = XMLValidator.validate(content);
    if (valid !== true) return [...problems, `not well-formed XML: line ${valid.err.line}: ${valid.err.msg}`];
    try {
      await new Parser().parseString(content);
    } catch (err) {
      problems.push(`rss-parser: ${(err as Error).message}`);
    }
    const doc = xml.parse(content) as Record<string, Record<string, unknown> | undefined>;
    if (base === "atom.xml" || (doc.feed && !doc.rss)) {
      const feed = doc.feed;
      if (!feed) return [...problems, "no <feed> root element"];
      for (const k of missing(feed, ["id", "title", "updated"])) problems.push(`feed: no <${k}>`);
      const entries = asArray(feed.entry as Record<string, unknown> | Record<string, unknown>[] | undefined);
      items = entries.length;
      entries.forEach((e, i) => {
        for (const k of missing(e, ["id", "updated"])) problems.push(`entry ${i + 1}: no <${k}>`);
      });
    } else {
      const channel = doc.rss?.channel as Record<string, unknown> | undefined;
      if (!channel) return [...problems, "no <rss><channel>"];
      for (const k of missing(channel, ["title", "link", "description"])) problems.push(`channel: no <${k}>`);
      const list = asArray(channel.item as Record<string, unknown> | Record<string, unknown>[] | undefined);
      items = list.length;
      list.forEach((item, i) => {
        for (const k of missing(item, ["guid", "pubDate"])) problems.push(`item ${i + 1}: no <${k}>`);
        if (text(item.pubDate) && Number.isNaN(Date.parse(text(item.pubDate)))) problems.push(`item ${i + 1}: pubDate «${text(item.pubDate)}» is not an RFC 822 date`);
      });
    }
  }
  if (items > FEED_SIZE) problems.push(`${items} items, limit ${FEED_SIZE}`);
  return problems;
}

/** `xmllint --noout` on the XML feeds; undefined when xmllint is not installed. */
function xmllint(files: string[]): string[] | undefined {
  const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  if (probe.error) return undefined;
  if (files.length === 0) return [];
  const run = spawnSync("xmllint", ["--noout", ...files], { encoding: "utf8" });
  return run.status === 0 ? [] : [`xmllint exit ${run.status}: ${run.stderr.trim().split("\n").slice(0, 10).join(" | ")}`];
}

const FEEDPARSER = `
import json, sys
import feedparser
out = {}
for f in sys.argv[1:]:
    d = feedparser.parse(f)
    out[f] = str(d.get("bozo_exception", "")) if d.bozo else ""
print(json.dumps(out))
`;

/** feedparser's bozo flag for every feed; undefined when Debian's python3-feedparser is absent. */
function feedparser(files: string[]): string[] | undefined {
  const python = "/usr/bin/python3";
  if (!existsSync(python) || spawnSync(python, ["-c", "import feedparser"]).status !== 0) return undefined;
  const run = spawnSync(python, ["-c", FEEDPARSER, ...files], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  if (run.status !== 0) return [`feedparser failed: ${run.stderr.trim().slice(0, 300)}`];
  const bozo = JSON.parse(run.stdout) as Record<string, string>;
  return Object.entries(bozo).filter(([, why]) => why).map(([f, why]) => `feedparser bozo ${f}: ${why}`);
}

/** Gate 4: every feed of the built site, with the project's checks, xmllint and feedparser. */
export async function feedsGate(ctx: GateContext): Promise<GateResult> {
  const feeds = listFiles(ctx.siteDir, (n) => (FEED_NAMES as readonly string[]).includes(n), ["pagefind"]);
  const findings: string[] = [];
  const notes: string[] = [];
  for (const feed of feeds) {
    const file = path.join(ctx.siteDir, feed);
    if (statSync(file).size === 0) findings.push(`${feed}: empty`);
    for (const p of await checkFeed(feed, readFileSync(file, "utf8"))) findings.push(`${feed}: ${p}`);
  }
  const xmlFiles = feeds.filter((f) => f.endsWith(".xml"));
  const lint = xmllint(xmlFiles.map((f) => path.join(ctx.siteDir, f)));
  if (lint) findings.push(...lint.map((l) => l.replaceAll(`${ctx.siteDir}/`, "")));
  else notes.push("xmllint not installed (apt-get install libxml2-utils): skipped");
  // Debian 12's feedparser (6.0) reads RSS and Atom only, not JSON Feed.
  const bozo = feedparser(xmlFiles.map((f) => path.join(ctx.siteDir, f)));
  if (bozo) findings.push(...bozo.map((l) => l.replaceAll(`${ctx.siteDir}/`, "")));
  else notes.push("/usr/bin/python3 cannot import feedparser (apt-get install python3-feedparser): skipped");
  const tools = ["fast-xml-parser", "rss-parser", ...(lint ? ["xmllint"] : []), ...(bozo ? ["feedparser"] : [])];
  const ok = feeds.length > 0 && findings.length === 0;
  if (feeds.length === 0) findings.push("no feed.xml, atom.xml or feed.json in the site");
  return result("feeds", ok, `${count(feeds.length, "feed")}, ${count(findings.length, "problem")} (${tools.join(", ")})`, findings, notes);
}
