import { PERSIAN_LETTER } from "../chars.ts";
import type { LintRule, RuleEdit } from "../rule.ts";
import { virastarEdits, virastarWith } from "../virastar.ts";

// virastar pairs "…" and “…” into «…». It pairs ' and ` too; those hunks are dropped (code
// spans are masked anyway, and an apostrophe is not a quote). Only pairs around Persian text
// are kept, and each pair is one group that --fix applies whole.
const clean = virastarWith(["fix_english_quotes_pairs", "fix_english_quotes"]);

const PERSIAN = new RegExp(`[${PERSIAN_LETTER}]`);

const keep = (edit: RuleEdit, masked: string): boolean =>
  edit.end - edit.start === 1 && /["“”]/.test(masked[edit.start] as string);

/**
 * Straight or English quotes in Persian text, where Persian uses «».
 * @example straightQuotes.find('گفت "سلام"', ctx) → [{ start: 4, end: 5, replacement: "«" }, { start: 9, end: 10, replacement: "»" }]
 */
export const straightQuotes: LintRule = {
  id: "straight-quotes",
  fa: "گیومهٔ انگلیسی در متن فارسی؛ «» بنویسید",
  en: "straight or English quotes in Persian text; use «»",
  trigger: /["“”]/,
  find(masked) {
    const edits = virastarEdits(masked, /["“”]/, clean, keep);
    // virastar only ever writes whole pairs: tie each « to the » after it, so --fix never
    // applies one quote of a pair (the other would then have nothing to pair with).
    // A pair around Latin text only («He said "yes"») is English: left alone.
    const pairs: RuleEdit[] = [];
    edits.forEach((e, i) => {
      const close = edits[i + 1];
      if (e.replacement !== "«" || close?.replacement !== "»") return;
      if (!PERSIAN.test(masked.slice(e.end, close.start))) return;
      e.group = close.group = `${e.start}`;
      pairs.push(e, close);
    });
    return pairs;
  },
};
