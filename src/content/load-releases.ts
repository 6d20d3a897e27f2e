import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import yaml from "js-yaml";
import { checkCodeGaps, readRetiredCodes } from "./code-gaps.ts";
import { ContentError, type Problem } from "./problem.ts";
import { findSymlinks, isUnderLink } from "./symlinks.ts";
import type { Release, Vocabulary } from "./release.ts";
import { parseCode, validateRelease, type SourceFile } from "./validate.ts";

export interface LoadOptions {
  /** Project root: messages give paths relative to it. */
  root: string;
  /** Folder of release files; default `<root>/releases`. */
  releasesDir?: string;
  /** Folder of `site.json`, `topics.json`, `counties.json`; default `<root>/_data`. */
  dataDir?: string;
  /** Folder that `/media/…` paths resolve against; default `<root>/media`. */
  mediaDir?: string;
}

export interface LoadResult {
  /** Valid releases, in file-path order. */
  releases: Release[];
  problems: Problem[];
  vocabulary: Vocabulary;
  /** Code → hash of the release's file, so a watch rebuild can tell which releases changed. */
  hashes: Map<number, string>;
}

/**
 * YAML without the timestamp type: js-yaml would read `2025-09-16T10:30` as UTC,
 * and the loader must see the text to apply Tehran time.
 */
const yamlEngine = (text: string): object => (yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {}) as object;

export function readVocabulary(dataDir: string): Vocabulary {
  const read = (name: string) => JSON.parse(readFileSync(path.join(dataDir, name), "utf8")) as Vocabulary["topics"];
  return { topics: read("topics.json"), counties: read("counties.json") };
}

/** Every `*.md` under a folder, sorted so that output never depends on the file system's order. */
export function listReleaseFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: "utf8" });
  } catch {
    return [];
  }
  return entries
    .filter((f) => f.endsWith(".md") && !f.split(path.sep).some((part) => part.startsWith(".")))
    .map((f) => path.join(dir, f))
    .sort();
}

function readSource(absPath: string, file: string): (SourceFile & { hash: string }) | Problem {
  const text = readFileSync(absPath, "utf8");
  const hash = createHash("sha1").update(text).digest("base64");
  if (!/^\uFEFF?---\r?\n/.test(text)) {
    return {
      file, field: "front matter", severity: "error",
      fa: "پرونده باید با خط --- و مشخصات خبر (کد، تیتر، تاریخ…) شروع شود",
      en: "the file must start with a --- line and the release fields (code, title, date…)",
    };
  }
  try {
    const parsed = matter(text.replace(/^\uFEFF/, ""), { engines: { yaml: yamlEngine } });
    const data = parsed.data as unknown;
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      return {
        file, field: "front matter", found: String(data), severity: "error",
        fa: "مشخصات خبر باید به شکل «کلید: مقدار» باشد", en: "the front matter must be “key: value” lines",
      };
    }
    return { file, absPath, data: data as Record<string, unknown>, body: parsed.content, hash };
  } catch (err) {
    const e = err as { mark?: { line: number; column: number }; reason?: string; message: string };
    const line = e.mark ? e.mark.line + 2 : undefined; // +1 for 1-based, +1 for the opening ---
    return {
      file, field: "front matter", severity: "error",
      found: e.reason ?? e.message.split("\n")[0],
      fa: `YAML خوانا نیست${line ? ` (خط ${line})` : ""}؛ دونقطه، فاصله‌ها و گیومه‌ها را بررسی کنید`,
      en: `the YAML cannot be read${line ? ` (line ${line})` : ""}; check colons, indentation and quotes`,
    };
  }
}

/**
 * Read every release once, validate all of them and report every problem of every file.
 * Also checks what no single file can: duplicate codes.
 */
export function loadReleases(options: LoadOptions): LoadResult {
  const root = options.root;
  const releasesDir = options.releasesDir ?? path.join(root, "releases");
  const dataDir = options.dataDir ?? path.join(root, "_data");
  const ctx = { vocabulary: readVocabulary(dataDir), mediaDir: options.mediaDir ?? path.join(root, "media") };
  const problems: Problem[] = [];
  const releases: Release[] = [];
  const byCode = new Map<number, string>();
  const hashes = new Map<number, string>();
  /** Codes that files claim, valid or not, so a broken file never shows up as a gap. */
  const claimed = new Map<number, string>();
  let unreadableCodes = 0;

  // A link anywhere under releases/ or media/ is an error, and no file through one is read.
  const symlinks = findSymlinks([releasesDir, ctx.mediaDir], root);
  problems.push(...symlinks.problems);
  for (const absPath of listReleaseFiles(releasesDir)) {
    if (isUnderLink(absPath, symlinks.links)) {
      unreadableCodes++; // its code is unknown: no gap may be reported for it
      continue;
    }
    const file = path.relative(root, absPath).split(path.sep).join("/");
    const source = readSource(absPath, file);
    if ("field" in source) {
      unreadableCodes++;
      problems.push(source);
      continue;
    }
    const code = parseCode(source.data.code);
    if (code === undefined) unreadableCodes++;
    else if (!claimed.has(code)) claimed.set(code, file);
    const result = validateRelease(source, ctx);
    problems.push(...result.problems);
    const release = result.release;
    if (!release) continue;
    const other = byCode.get(release.code);
    if (other !== undefined) {
      problems.push({
        file, field: "code", found: String(release.code), severity: "error",
        fa: `این کد پیش‌تر در ${other} آمده؛ کد هر خبر یکتاست: کد بعدی آزاد را بگذارید`,
        en: `this code is already used by ${other}; codes are unique: use the next free code`,
      });
      continue;
    }
    byCode.set(release.code, file);
    hashes.set(release.code, source.hash);
    releases.push(release);
  }
  const retired = readRetiredCodes(dataDir, root);
  problems.push(...retired.problems);
  const shown = (p: string) => path.relative(root, p).split(path.sep).join("/") || ".";
  // A file whose code cannot be read is already an error; its real code may be the "missing" one.
  if (unreadableCodes === 0) {
    problems.push(...checkCodeGaps(claimed, retired.codes, `${shown(releasesDir)}/`, shown(path.join(dataDir, "retired-codes.json"))));
  }
  return { releases, problems, vocabulary: ctx.vocabulary, hashes };
}

/** Load, and throw one ContentError listing every error when anything is invalid. */
export function loadReleasesOrThrow(options: LoadOptions): LoadResult {
  const result = loadReleases(options);
  if (result.problems.some((p) => p.severity === "error")) throw new ContentError(result.problems);
  return result;
}
