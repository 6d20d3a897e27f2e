import type { LintRule, RuleEdit } from "../rule.ts";

// Hand-written: virastar's `cleanup_spacing` only sees runs of plain spaces, and pasted text
// doubles a space with a no-break space (U+00A0): the reference release has «به  نقل» written
// as a space and a no-break space. It also skips spaces after "_". Indentation and trailing
// spaces (YAML structure, Markdown code and hard line breaks) are masked, so never matched here.
const DOUBLE = /(?<=\S)[ \u00A0]{2,}(?=\S)/g;

/**
 * Two or more spaces (no-break spaces included) between words.
 * @example doubleSpace.find("به  نقل", ctx) → [{ start: 2, end: 4, replacement: " " }]
 */
export const doubleSpace: LintRule = {
  id: "double-space",
  fa: "فاصلهٔ دوتایی؛ یک فاصله کافی است",
  en: "doubled space; one is enough",
  trigger: /[ \u00A0]{2}/,
  find(masked) {
    const edits: RuleEdit[] = [];
    for (const m of masked.matchAll(DOUBLE)) edits.push({ start: m.index, end: m.index + m[0].length, replacement: " " });
    return edits;
  },
};
