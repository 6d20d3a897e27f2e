import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { decodeRelease, parseFrontMatter } from "./front-matter.ts";
import { checkCodeGaps, readRetiredCodes } from "./code-gaps.ts";
import { ContentError, type Problem } from "./problem.ts";
import { findSymlinks, isUnderLink } from "./symlinks.ts";
import type { Release, Vocabulary } from "./release.ts";
import { ParseCache, sameFileChecks, type ParsedFile } from "./parse-cache.ts";
import { fileRefOutcome, parseCode, validateRelease, type SourceFile } from "./validate.ts";

export interface LoadOptions {
  /** Project root: messages give paths relative to it. */
  root: string;
  /** Folder of release files; default `<root>/releases`. */
  releasesDir?: string;
  /** Folder of `site.json`, `topics.json`, `counties.json`; default `<root>/_data`. */
  dataDir?: string;
  /** Folder that `/media/…` paths resolve against; default `<root>/media`. */
  mediaDir?: string;
  /** Results of unchanged files from earlier loads (parse-cache.ts); none: every file is parsed. */
  parseCache?: ParseCache;
}

export interface LoadResult {
  /** Valid releases, in file-path order. */
  releases: Release[];
  problems: Problem[];
  vocabulary: Vocabulary;
  /** Code → sha256 (hex) of the release's file, so a watch rebuild can tell which releases changed. */
  hashes: Map<number, string>;
}

export function readVocabulary(dataDir: string): Vocabulary {
  const read = (name: string) => JSON.parse(readFileSync(path.join(dataDir, name), "utf8")) as Vocabulary["topics"];
  return { topics: read("topics.json"), counties: read("counties.json") };
}

/**
 * Every regular `*.md` file under a folder, sorted so that output never depends on the file
 * system's order. A folder named `x.md` is walked, never read as a file (it crashed with EISDIR);
 * a symbolic link is never listed (symlinks.ts reports it, and nothing is read through it).
 */
export function listReleaseFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".md"))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((abs) => !path.relative(dir, abs).split(path.sep).some((part) => part.startsWith(".")))
    .sort();
}

function readSource(absPath: string, file: string, bytes: Buffer): SourceFile | Problem {
  const decoded = decodeRelease(bytes);
  const parsed = decoded.ok ? parseFrontMatter(decoded.text) : { ok: false as const, error: decoded.error };
  if (!parsed.ok) return { file, ...parsed.error, severity: "error" };
  return { file, absPath, data: parsed.data, body: parsed.body };
}

/**
 * The releases folder itself: missing, not a folder or unreadable is an error, never "0 releases".
 * @example releasesDirProblem("/repo/releases", "releases/") → undefined
 */
export function releasesDirProblem(dir: string, shown: string): Problem | undefined {
  let reason: { fa: string; en: string } | undefined;
  try {
    if (!statSync(dir).isDirectory()) reason = { fa: "پوشه نیست", en: "is not a folder" };
    else readdirSync(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    reason = code === "ENOENT"
      ? { fa: "پیدا نشد", en: "does not exist" }
      : { fa: `خوانده نمی‌شود (${code ?? "?"})`, en: `cannot be read (${code ?? String(err)})` };
  }
  if (!reason) return undefined;
  return {
    file: shown, field: "releases", severity: "error",
    fa: `پوشهٔ خبرها ${reason.fa}؛ خبرها باید در پوشهٔ releases باشند. اگر پوشه تغییر نام داده، نام آن را برگردانید`,
    en: `the releases folder ${reason.en}; releases must be in the releases folder. If it was renamed, rename it back`,
  };
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
  const shown = (p: string) => path.relative(root, p).split(path.sep).join("/") || ".";
  const cache = options.parseCache;
  cache?.begin([root, ctx.mediaDir, ctx.vocabulary]);
  /** A kept result stands only while every file it names checks out as it did (parse-cache.ts). */
  const stillValid = (absPath: string) => (parsed: ParsedFile) =>
    sameFileChecks(parsed, (c) => fileRefOutcome(c.src, absPath, ctx.mediaDir, c.role, c.code));
  const dirProblem = releasesDirProblem(releasesDir, `${shown(releasesDir)}/`);
  if (dirProblem) problems.push(dirProblem);

  // A link anywhere under releases/ or media/ is an error, and no file through one is read.
  const symlinks = findSymlinks([releasesDir, ctx.mediaDir], root);
  problems.push(...symlinks.problems);
  for (const absPath of listReleaseFiles(releasesDir)) {
    if (isUnderLink(absPath, symlinks.links)) {
      unreadableCodes++; // its code is unknown: no gap may be reported for it
      continue;
    }
    const file = path.relative(root, absPath).split(path.sep).join("/");
    const bytes = readFileSync(absPath);
    const hash = createHash("sha256").update(bytes).digest("hex");
    const kept = cache?.get(file, hash, stillValid(absPath));
    let release: Release | undefined;
    if (kept) {
      // A file kept by the parse cache loaded without errors: its code is its release's.
      if (!claimed.has(kept.release.code)) claimed.set(kept.release.code, file);
      problems.push(...kept.warnings);
      release = kept.release;
    } else {
      const source = readSource(absPath, file, bytes);
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
      release = result.release;
      if (!release) continue;
      // Copied before anything later (the image step) adds to the release.
      cache?.set(file, hash, { release, warnings: result.problems, fileChecks: result.fileChecks });
    }
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
    hashes.set(release.code, hash);
    releases.push(release);
  }
  cache?.end();
  const retired = readRetiredCodes(dataDir, root);
  problems.push(...retired.problems);
  // A file whose code cannot be read is already an error; its real code may be the "missing" one.
  if (unreadableCodes === 0 && !dirProblem) {
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
