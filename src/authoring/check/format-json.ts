import type { Problem } from "../../content/problem.ts";
import type { LintWarning } from "../lint/lint-text.ts";
import type { CheckReport } from "./check.ts";

/** `check --json` output; documented in README.md ("check --json"). */
export interface CheckJson {
  ok: boolean;
  summary: { files: number; errors: number; warnings: number; fixed: number };
  files: Array<{
    file: string;
    errors: Array<{ field: string; line?: number; found?: string; fa: string; en: string }>;
    warnings: JsonWarning[];
    fixed: JsonWarning[];
    fixRefused?: { fa: string; en: string };
  }>;
}

interface JsonWarning {
  rule: string;
  field: string;
  line: number;
  column: number;
  found: string;
  replacement: string;
  fixable: boolean;
  fa: string;
  en: string;
  /** Places one grouped keyboard-layout warning stands for; absent for one place. */
  count?: number;
}

const error = (p: Problem) => ({
  field: p.field, ...(p.line === undefined ? {} : { line: p.line }), ...(p.found === undefined ? {} : { found: p.found }), fa: p.fa, en: p.en,
});
const warning = (w: LintWarning): JsonWarning => ({
  rule: w.rule, field: w.field, line: w.line, column: w.column,
  found: w.found, replacement: w.replacement, fixable: w.safe, fa: w.fa, en: w.en,
  ...(w.count === undefined ? {} : { count: w.count }),
});

/**
 * The machine-readable report: stable keys, no timings, so that it can be compared in tests and CI.
 * @example toCheckJson(report).summary → { files: 15, errors: 0, warnings: 3, fixed: 0 }
 */
export function toCheckJson(report: CheckReport): CheckJson {
  return {
    ok: report.errors === 0,
    summary: { files: report.checked, errors: report.errors, warnings: report.warnings, fixed: report.fixed },
    files: report.files.map((r) => ({
      file: r.file,
      errors: r.errors.map(error),
      warnings: r.warnings.map(warning),
      fixed: r.fixed.map(warning),
      ...(r.fixRefused ? { fixRefused: r.fixRefused } : {}),
    })),
  };
}
