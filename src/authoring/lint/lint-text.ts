import type { Problem } from "../../content/problem.ts";
import { ZWNJ } from "./chars.ts";
import { maskText } from "./mask.ts";
import { findRegions, type Region } from "./regions.ts";
import type { LintRule, RuleContext, RuleEdit } from "./rule.ts";
import { RULES } from "./rules/index.ts";

/** A Persian text warning: where it is in the file, what was found and what to write instead. */
export interface LintWarning extends Problem {
  severity: "warning";
  /** Rule id, e.g. `house-words`. */
  rule: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based column in the file, in characters. */
  column: number;
  /** 0-based offset in the file text (UTF-16 units) where `found` starts. */
  offset: number;
  found: string;
  replacement: string;
  /** Whether `check --fix` applies it; otherwise the author decides. */
  safe: boolean;
  /** Warnings that --fix applies together or not at all (a pair of quotes). */
  group?: string;
  /** How many places one grouped warning stands for (group-warnings.ts); absent for one place. */
  count?: number;
}

const SPACE = /[ \t\u00A0\u200C]/;
const MARK = /[،؛؟.!:]/;
const WORD_END = /[\s\uE000،؛؟.!:«»()[\]"“”]/;

const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;

/** Does the word end at `i`? A colon or point inside a number (10:30, 12.5) does not end it. */
function wordEnd(masked: string, i: number): boolean {
  const ch = masked[i] as string;
  if (!WORD_END.test(ch)) return false;
  return !(/[:.]/.test(ch) && DIGIT.test(masked[i - 1] ?? "") && DIGIT.test(masked[i + 1] ?? ""));
}

/** Widen an edit to the words around it, so the author sees «می شود» → «می‌شود», not « » → «‌». */
function widen(masked: string, edit: RuleEdit): [number, number] {
  let start = edit.start;
  let end = edit.end;
  const touchesSpace = /^[\s\u200C]*$/.test(masked.slice(edit.start, edit.end) + edit.replacement);
  if (touchesSpace) {
    while (start > 0 && SPACE.test(masked[start - 1] as string)) start--;
    while (end < masked.length && SPACE.test(masked[end] as string)) end++;
    // A spacing fix shows the mark it spaces: «فارس ،» → «فارس،».
    if (start > 0 && MARK.test(masked[start - 1] as string)) start--;
    if (end < masked.length && MARK.test(masked[end] as string)) end++;
  }
  // Then the words on either side, up to the punctuation around them.
  while (start > 0 && !wordEnd(masked, start - 1)) start--;
  while (end < masked.length && !wordEnd(masked, end)) end++;
  return [start, end];
}

/** Line starts of a text, for offset → line and column. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function position(text: string, starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  const lineStart = starts[lo] as number;
  return { line: lo + 1, column: [...text.slice(lineStart, offset)].length + 1 };
}

/** How to type a ZWNJ the finding adds: «اداره» + نیم‌فاصله + «کل». */
function zwnjHint(found: string, replacement: string): { fa: string; en: string } {
  const count = (s: string) => s.split(ZWNJ).length - 1;
  if (count(replacement) <= count(found)) return { fa: "", en: "" };
  const parts = replacement.split(ZWNJ).map((p) => `«${p}»`);
  return {
    fa: ` (${parts.join(" + نیم‌فاصله + ")}؛ نیم‌فاصله در صفحه‌کلید فارسی استاندارد: Shift+Space)`,
    en: ` (${parts.join(" + ZWNJ + ")})`,
  };
}

function toWarnings(
  text: string, masked: string, file: string, rule: LintRule, edits: RuleEdit[], regions: Region[], starts: number[],
): LintWarning[] {
  const groups: Array<{ start: number; end: number; edits: RuleEdit[] }> = [];
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const [start, end] = widen(masked, edit);
    const last = groups[groups.length - 1];
    if (last && start < last.end) {
      last.end = Math.max(last.end, end);
      last.edits.push(edit);
    } else groups.push({ start, end, edits: [edit] });
  }
  return groups.map(({ start, end, edits: members }) => {
    let replacement = "";
    let at = start;
    for (const e of members) {
      if (e.start < at) continue; // overlapping hunks of one rule: keep the first
      replacement += text.slice(at, e.start) + e.replacement;
      at = e.end;
    }
    replacement += text.slice(at, end);
    const found = text.slice(start, end);
    const hint = zwnjHint(found, replacement);
    const group = members.find((e) => e.group !== undefined)?.group;
    const region = regions.find((r) => start >= r.start && start < r.end) ?? regions[regions.length - 1];
    return {
      file,
      field: region?.field ?? "body",
      found,
      replacement,
      fa: rule.fa + hint.fa,
      en: rule.en + hint.en,
      severity: "warning" as const,
      rule: rule.id,
      ...position(text, starts, start),
      offset: start,
      safe: members.every((e) => e.safe !== false),
      ...(group === undefined ? {} : { group: `${rule.id}:${group}` }),
    };
  });
}

const joined = new WeakMap<readonly LintRule[], RegExp>();

/** One expression for every rule's trigger: a clean file is scanned once. */
function triggers(rules: readonly LintRule[]): RegExp {
  let re = joined.get(rules);
  if (!re) {
    const sources = rules.flatMap((r) => (r.trigger ? [r.trigger.source] : []));
    re = new RegExp(sources.length > 0 ? sources.map((s) => `(?:${s})`).join("|") : "(?!)", "m");
    joined.set(rules, re);
  }
  return re;
}

/**
 * Every Persian text warning of one release file: title, kicker, lead, image caption, update
 * notes, withdrawal reason and body. Sorted by position; a rule's changes to one word are one warning.
 * @example lintText("---\ntitle: ادارهکل\n---\n", "x.md", ctx)[0]
 *   → { rule: "house-words", line: 2, column: 8, found: "ادارهکل", replacement: "اداره‌کل", … }
 */
export function lintText(text: string, file: string, context: RuleContext, rules: readonly LintRule[] = RULES): LintWarning[] {
  const regions = findRegions(text);
  if (regions.length === 0) return [];
  const masked = maskText(text, regions);
  if (masked.length !== text.length) throw new Error("mask.ts must keep the text length");
  const starts = lineStarts(text);
  const warnings: LintWarning[] = [];
  const seen = new Set<string>();
  const anyTrigger = triggers(rules).test(masked);
  for (const rule of rules) {
    if (rule.trigger && (!anyTrigger || !rule.trigger.test(masked))) continue;
    const edits = rule.find(masked, context);
    if (edits.length === 0) continue;
    for (const w of toWarnings(text, masked, file, rule, edits, regions, starts)) {
      const key = `${w.offset}:${w.found}:${w.replacement}`;
      if (seen.has(key) || w.found === w.replacement) continue;
      seen.add(key);
      warnings.push(w);
    }
  }
  return warnings.sort((a, b) => a.offset - b.offset || rules.findIndex((r) => r.id === a.rule) - rules.findIndex((r) => r.id === b.rule));
}
