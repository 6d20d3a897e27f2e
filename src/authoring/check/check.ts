import { readFileSync } from "node:fs";
import path from "node:path";
import { decodeRelease } from "../../content/front-matter.ts";
import { listReleaseFiles, loadReleases } from "../../content/load-releases.ts";
import { ParseCache } from "../../content/parse-cache.ts";
import type { Problem } from "../../content/problem.ts";
import { readHouseWords } from "../lint/house-list.ts";
import { groupLayoutWarnings } from "../lint/group-warnings.ts";
import { lintText, type LintWarning } from "../lint/lint-text.ts";
import { fixReleaseFile } from "./fix-file.ts";

export interface CheckOptions {
  /** Project root: `_data/` is read from it and messages give paths relative to it. */
  root: string;
  /** Release folder; default `<root>/releases`. */
  releasesDir?: string;
  /** Folder of `topics.json`, `counties.json`, `retired-codes.json`, `house-words.json`; default `<root>/_data`. */
  dataDir?: string;
  /** Apply the safe Persian text fixes in place before checking. */
  fix?: boolean;
  /** The build cache's versioned folder: parsed releases are reused and kept there (src/content/parse-cache.ts). */
  cacheDir?: string;
}

/** Everything `check` has to say about one release file. */
export interface FileReport {
  file: string;
  /** The loader's errors: the same objects and messages as the build. */
  errors: Problem[];
  /** Persian text warnings, in file order. */
  warnings: LintWarning[];
  /** With --fix: what was changed. */
  fixed: LintWarning[];
  /** With --fix: why the front matter was left alone. */
  fixRefused?: { fa: string; en: string };
}

export interface CheckReport {
  /** Release files read. */
  checked: number;
  /** Files with anything to report, sorted by path. */
  files: FileReport[];
  errors: number;
  warnings: number;
  fixed: number;
  /** Wall time of the check, in milliseconds. */
  milliseconds: number;
}

/**
 * Validate every release with the build's loader (never starting Eleventy) and lint its Persian
 * text; with `fix`, apply the safe text fixes first. Errors fail a release; warnings never do.
 * @example runCheck({ root: "/repo" }).errors → 0
 */
export function runCheck(options: CheckOptions): CheckReport {
  const started = performance.now();
  const root = options.root;
  const releasesDir = options.releasesDir ?? path.join(root, "releases");
  const dataDir = options.dataDir ?? path.join(root, "_data");
  const context = { houseWords: readHouseWords(dataDir) };
  const reports = new Map<string, FileReport>();
  const report = (file: string): FileReport => {
    let r = reports.get(file);
    if (!r) reports.set(file, (r = { file, errors: [], warnings: [], fixed: [] }));
    return r;
  };
  const relative = (abs: string) => path.relative(root, abs).split(path.sep).join("/");
  const files = listReleaseFiles(releasesDir);

  if (options.fix) {
    for (const abs of files) {
      const result = fixReleaseFile(abs, relative(abs), context);
      if (result.applied.length > 0) report(relative(abs)).fixed.push(...groupLayoutWarnings(result.applied, true));
      if (result.refused) report(relative(abs)).fixRefused = result.refused;
    }
  }
  for (const problem of loadReleases({ root, releasesDir, dataDir, ...(options.cacheDir ? { parseCache: new ParseCache(options.cacheDir) } : {}) }).problems) {
    // The loader reports errors only today; a future loader warning would still be shown.
    if (problem.severity === "error") report(problem.file).errors.push(problem);
    else report(problem.file).warnings.push({ ...problem, severity: "warning", rule: "loader", line: problem.line ?? fieldLine(path.resolve(root, problem.file), problem.field), column: 1, offset: 0, found: problem.found ?? "", replacement: "", safe: false });
  }
  for (const abs of files) {
    const file = relative(abs);
    const bytes = readFileSync(abs);
    if (!decodeRelease(bytes).ok) continue; // not UTF-8: the loader's encoding error says so
    const warnings = groupLayoutWarnings(lintText(bytes.toString("utf8"), file, context));
    if (warnings.length > 0) report(file).warnings.push(...warnings);
  }

  const sorted = [...reports.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const sum = (pick: (r: FileReport) => number) => sorted.reduce((n, r) => n + pick(r), 0);
  return {
    checked: files.length,
    files: sorted,
    errors: sum((r) => r.errors.length),
    warnings: sum((r) => r.warnings.length),
    fixed: sum((r) => r.fixed.reduce((n, w) => n + (w.count ?? 1), 0)),
    milliseconds: performance.now() - started,
  };
}

/**
 * The 1-based file line a loader warning is about: its top-level key's line in the front matter
 * (`date`, and `updates` for `updates[1].date`), or the body's first line; 1 when not found.
 * @example fieldLine("/r/x.md", "date") → 5
 */
function fieldLine(file: string, field: string): number {
  let lines: string[];
  try {
    lines = readFileSync(file, "utf8").split("\n").map((l) => l.trimEnd());
  } catch {
    return 1;
  }
  const close = lines.indexOf("---", 1);
  if (field === "body") return close > 0 ? close + 2 : 1;
  const key = /^[\w-]+/.exec(field)?.[0] ?? field;
  const at = lines.findIndex((l, i) => i > 0 && (close < 0 || i < close) && l.startsWith(`${key}:`));
  return at > 0 ? at + 1 : 1;
}
