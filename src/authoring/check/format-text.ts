import { formatProblem } from "../../content/problem.ts";
import { toPersianDigits } from "../../persian/digits.ts";
import type { LintWarning } from "../lint/lint-text.ts";
import type { CheckReport, FileReport } from "./check.ts";

const indent = (text: string, by = "  ") => text.split("\n").map((l) => by + l).join("\n");

/**
 * One lint warning in two lines, like the build's errors, with line and column in the file:
 * `releases/1404/0016-x.md:12:39: body: «ادارهکل» → «اداره‌کل» نگارش درست… [house-words]`
 * @example formatLintWarning(w).split("\n")[1] → "    «ادارهکل» → «اداره‌کل» the house word list … [house-words]"
 */
export function formatLintWarning(w: LintWarning): string {
  const byHand = w.safe ? { fa: "", en: "" } : { fa: " — خودتان بررسی و اصلاح کنید", en: " — check and fix by hand" };
  // The loader's warnings (a time that never existed, a huge body) propose no replacement and
  // point at a field's line, not a column: no «found» → «» that reads like "delete this".
  const loader = w.rule === "loader";
  const change = loader ? `«${w.found}»` : `«${w.found}» → «${w.replacement}»`;
  const at = loader ? `${w.line}` : `${w.line}:${w.column}`;
  return `${w.file}:${at}: ${w.field}: ${change} ${w.fa}${byHand.fa} [${w.rule}]\n    ${change} ${w.en}${byHand.en}`;
}

/** "۲ خطا، ۳ هشدار — 2 errors, 3 warnings" */
function counts(errors: number, warnings: number): string {
  const fa = `${toPersianDigits(errors)} خطا، ${toPersianDigits(warnings)} هشدار`;
  const en = `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`;
  return `${fa} — ${en}`;
}

function formatFile(r: FileReport): string {
  const lines = [`${r.file}  (${counts(r.errors.length, r.warnings.length)})`];
  for (const w of r.fixed) {
    const many = w.count === undefined ? "" : ` ${w.fa} — ${w.en}`;
    lines.push(`  اصلاح شد — fixed: ${w.file}:${w.line}:${w.column}: ${w.field}: «${w.found}» → «${w.replacement}»${many} [${w.rule}]`);
  }
  if (r.fixRefused) lines.push(indent(`${r.file}: ${r.fixRefused.fa}\n    ${r.fixRefused.en}`));
  for (const p of r.errors) lines.push(indent(formatProblem(p)));
  for (const w of r.warnings) lines.push(indent(formatLintWarning(w)));
  return lines.join("\n");
}

/**
 * The whole report for a terminal: errors and warnings grouped by file, then a summary line.
 * @example formatReport(report).split("\n").at(-1) → "همهٔ ۱۵ خبر درست است؛ ۰ هشدار — all 15 releases are valid; 0 warnings (0.31 s)"
 */
export function formatReport(report: CheckReport): string {
  const blocks = report.files.map(formatFile);
  const seconds = `${(report.milliseconds / 1000).toFixed(2)} s`;
  const n = report.checked;
  const fixable = report.files.some((r) => r.warnings.some((w) => w.safe));
  const tail: string[] = [];
  if (report.fixed > 0) {
    const touched = report.files.filter((r) => r.fixed.length > 0).length;
    tail.push(`${toPersianDigits(report.fixed)} اصلاح در ${toPersianDigits(touched)} پرونده انجام شد — ${report.fixed} fix(es) applied in ${touched} file(s)`);
  }
  if (report.errors > 0) {
    const bad = report.files.filter((r) => r.errors.length > 0).length;
    tail.push(
      `${counts(report.errors, report.warnings)}؛ ${toPersianDigits(bad)} پرونده از ${toPersianDigits(n)} خبر خطا دارد و منتشر نمی‌شود تا خطاها درست شوند ` +
        `— ${bad} of ${n} release files have errors and cannot be published until they are fixed (${seconds})`,
    );
  } else {
    tail.push(
      `همهٔ ${toPersianDigits(n)} خبر درست است؛ ${toPersianDigits(report.warnings)} هشدار نگارشی ` +
        `— all ${n} releases are valid; ${report.warnings} writing warning${report.warnings === 1 ? "" : "s"} (${seconds})`,
    );
  }
  if (fixable) tail.push("برای اصلاح خودکار هشدارها: npm run check -- --fix — to fix the warnings automatically: npm run check -- --fix");
  return [...blocks, tail.join("\n")].join("\n\n");
}
