import type { LintRule } from "../rule.ts";
import { virastarEdits, virastarWith } from "../virastar.ts";

// virastar converts Latin and Arabic-Indic digits and the decimal, thousands and percent signs
// (12.5 → ۱۲٫۵, 1,250 → ۱٬۲۵۰). It keeps digits only inside words that have Latin letters, so
// «ILNA 2025» would change: numbers in Latin context, URLs, code and phone numbers are masked
// before it runs (mask.ts), and Markdown's ordered-list numbers too (they must stay Latin).
const clean = virastarWith(["fix_english_numbers", "fix_arabic_numbers", "fix_numeral_symbols"]);
const DIGIT = /[0-9\u0660-\u0669]/;

/**
 * Latin or Arabic-Indic digits inside Persian text.
 * @example digits.find("سال 1404", ctx) → [{ start: 4, end: 8, replacement: "۱۴۰۴" }]
 */
export const digits: LintRule = {
  id: "digits",
  fa: "رقم لاتین یا عربی در متن فارسی؛ رقم فارسی بنویسید",
  en: "Latin or Arabic-Indic digits in Persian text; use Persian digits",
  trigger: DIGIT,
  find: (masked) => virastarEdits(masked, DIGIT, clean),
};
