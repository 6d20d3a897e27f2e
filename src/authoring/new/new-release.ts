import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readRetiredCodes } from "../../content/code-gaps.ts";
import { readVocabulary } from "../../content/load-releases.ts";
import type { Vocabulary } from "../../content/release.ts";
import { keyHint } from "../../content/term-keys.ts";
import { AuthoringError } from "../authoring-error.ts";
import { jalaliStamp } from "./jalali-stamp.ts";
import { claimedCodes, nextFreeCode } from "./next-code.ts";
import { latinSlug } from "./slug.ts";
import { releaseTemplate } from "./template.ts";

/** What the author says about a new release. */
export interface NewReleaseInput {
  title?: string;
  county?: string;
  topics: string[];
  /** Latin words for the file name; default `<county or «province»>-<first topic>`. */
  slug?: string;
}

export interface NewReleaseOptions extends NewReleaseInput {
  root: string;
  /** Default `<root>/releases`. */
  releasesDir?: string;
  /** Default `<root>/_data`. */
  dataDir?: string;
  /** The build's now (readBuildTime): sets `date` and the year folder. */
  now: Date;
}

export interface NewReleaseResult {
  absPath: string;
  /** Path relative to the root, forward slashes. */
  file: string;
  code: number;
  date: string;
  url: string;
}

/** Check the topic and county keys against `_data/`, with the messages an author can act on. */
function checkTerms(input: NewReleaseInput, vocabulary: Vocabulary): void {
  const topics = Object.keys(vocabulary.topics);
  const counties = Object.keys(vocabulary.counties);
  if (input.topics.length < 1 || input.topics.length > 5 || new Set(input.topics).size !== input.topics.length) {
    throw new AuthoringError(
      `موضوع‌ها باید ۱ تا ۵ کلید بی‌تکرار از _data/topics.json باشند، مثلاً --topics employment,insurance. کلیدها: ${topics.join("، ")}`,
      `topics must be 1–5 distinct keys of _data/topics.json, e.g. --topics employment,insurance. Keys: ${topics.join(", ")}`,
    );
  }
  for (const topic of input.topics) {
    if (topics.includes(topic)) continue;
    const h = keyHint(topic, vocabulary.topics);
    throw new AuthoringError(
      `موضوع «${topic}» ناشناخته است؛ یکی از کلیدهای _data/topics.json را بنویسید.${h.fa} کلیدها: ${topics.join("، ")}`,
      `topic “${topic}” is not a key of _data/topics.json.${h.en} Keys: ${topics.join(", ")}`,
    );
  }
  if (input.county !== undefined && !counties.includes(input.county)) {
    const h = keyHint(input.county, vocabulary.counties);
    throw new AuthoringError(
      `شهرستان «${input.county}» ناشناخته است؛ یکی از کلیدهای _data/counties.json را بنویسید.${h.fa}`,
      `county “${input.county}” is not a key of _data/counties.json.${h.en}`,
    );
  }
}

/**
 * Create `releases/<jalali year>/<code>-<slug>.md` with the next free code and the date of `now`
 * in Tehran. Never overwrites a file. Throws an AuthoringError for unknown topics or counties.
 * @example createRelease({ root: "/repo", topics: ["employment"], county: "kazerun", now }).file
 *   → "releases/1404/0016-kazerun-employment.md"
 */
export function createRelease(options: NewReleaseOptions): NewReleaseResult {
  const root = options.root;
  const releasesDir = options.releasesDir ?? path.join(root, "releases");
  const dataDir = options.dataDir ?? path.join(root, "_data");
  const vocabulary = readVocabulary(dataDir);
  checkTerms(options, vocabulary);

  const code = nextFreeCode(claimedCodes(releasesDir), readRetiredCodes(dataDir, root).codes);
  const date = jalaliStamp(options.now);
  const site = JSON.parse(readFileSync(path.join(dataDir, "site.json"), "utf8")) as { url: string };
  const url = `${site.url.replace(/(?<!\/)\/+$/, "")}/releases/${code}/`;
  const slug = latinSlug(options.slug ?? "") || latinSlug(`${options.county ?? "province"}-${options.topics[0] ?? "release"}`);
  const absPath = path.join(releasesDir, date.slice(0, 4), `${String(code).padStart(4, "0")}-${slug}.md`);
  const text = releaseTemplate({
    code, date, url, topics: options.topics,
    ...(options.title ? { title: options.title } : {}),
    ...(options.county ? { county: options.county } : {}),
  }, vocabulary);

  mkdirSync(path.dirname(absPath), { recursive: true });
  try {
    writeFileSync(absPath, text, { flag: "wx" });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    throw new AuthoringError(
      `پرونده‌ای با این نام هست و بازنویسی نمی‌شود: ${absPath}؛ با --slug نام دیگری بدهید`,
      `a file with this name exists and is never overwritten: ${absPath}; give another name with --slug`,
    );
  }
  return { absPath, file: path.relative(root, absPath).split(path.sep).join("/"), code, date, url };
}
