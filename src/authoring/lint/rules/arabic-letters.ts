import type { LintRule } from "../rule.ts";
import { virastarEdits, virastarWith } from "../virastar.ts";

// virastar's `fix_misc_non_persian_chars` does the job: ي ى ے ۍ ې → ی, ك ڪ → ک, ہ ە → ه.
const clean = virastarWith(["fix_misc_non_persian_chars"]);
const ARABIC = /[\u064A\u0649\u06D2\u06CD\u06D0\u0643\u06AA\u06C1\u06D5]/;

/**
 * Arabic letters typed or pasted into Persian text (ي، ك…).
 * @example arabicLetters.find("كارگران يك", ctx) → [{ start: 0, end: 1, replacement: "ک" }, …]
 */
export const arabicLetters: LintRule = {
  id: "arabic-letters",
  fa: "حرف عربی در متن فارسی؛ «ی» و «ک» فارسی بنویسید (صفحه‌کلید فارسی استاندارد)",
  en: "Arabic letter in Persian text; use Persian ی and ک (standard Persian keyboard)",
  trigger: ARABIC,
  find: (masked) => virastarEdits(masked, ARABIC, clean),
};
