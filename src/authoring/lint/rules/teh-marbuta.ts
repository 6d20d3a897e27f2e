import { PERSIAN_LETTER, ZWNJ } from "../chars.ts";
import type { LintRule, RuleEdit } from "../rule.ts";

// Hand-written: virastar's `fix_hamzeh_arabic` reads every word-final ة as an ezafe and writes هٔ,
// which is wrong where no ezafe follows («ادارة» alone). Plain ه is right in both cases (the
// hamza of the ezafe is optional in Persian), so this rule writes ه.
const FINAL_TEH = new RegExp(`(?<=[${PERSIAN_LETTER}])\u0629(?![${PERSIAN_LETTER}${ZWNJ}])`, "g");

/**
 * Arabic ة (ta marbuta) at the end of a Persian word, where Persian writes ه.
 * @example tehMarbuta.find("ادارة کل", ctx) → [{ start: 4, end: 5, replacement: "ه" }]
 */
export const tehMarbuta: LintRule = {
  id: "teh-marbuta",
  fa: "«ة» عربی در پایان واژهٔ فارسی؛ «ه» بنویسید",
  en: "Arabic ة at the end of a Persian word; write ه",
  trigger: /\u0629/,
  find(masked) {
    const edits: RuleEdit[] = [];
    for (const m of masked.matchAll(FINAL_TEH)) edits.push({ start: m.index, end: m.index + 1, replacement: "\u0647" });
    return edits;
  },
};
