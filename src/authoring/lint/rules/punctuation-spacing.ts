import { PERSIAN_LETTER } from "../chars.ts";
import type { LintRule, RuleEdit } from "../rule.ts";

// Hand-written: virastar's `fix_spacing_for_punctuations` also puts a space inside «سلام.»,
// splits "..." into ". . ." and adds a space after every colon, which breaks a YAML value
// («گفت:سلام» → «گفت: سلام» is a YAML error). This rule handles ، ؛ ؟ . only.
// Each expression starts on a space or a mark; SPACE_BEFORE's lookbehind starts a match only at
// the first space of a run, so a long run of spaces is read once, not once per space.
const SPACE_BEFORE = /(?<![ \t])[ \t]+(?=[،؛؟.])/g;
const NO_SPACE_AFTER = new RegExp(`[،؛؟](?=[${PERSIAN_LETTER}«۰-۹])|\\.(?=[${PERSIAN_LETTER}])`, "g");
const LETTER_BEFORE = new RegExp(`[${PERSIAN_LETTER}]`);
// «وی افزود :», «چه خبر !»: a space before a colon or an exclamation mark, after a Persian word
// only («ساعت ۱۰ : ۳۰» and Latin text are left alone). No space is ever added after a colon:
// in a YAML value «گفت:سلام» → «گفت: سلام» would be a YAML error.
const SPACE_BEFORE_COLON = new RegExp(`(?<=[${PERSIAN_LETTER}»)])[ \t]+(?=[:!](?:\\s|$))`, "g");

/**
 * A space before ، ؛ ؟ . : ! or none after ، ؛ ؟ .
 * @example punctuationSpacing.find("کار ،تلاش", ctx) → [{ start: 3, end: 4, replacement: "" }, { start: 5, end: 5, replacement: " " }]
 */
export const punctuationSpacing: LintRule = {
  id: "punctuation-spacing",
  fa: "پیش از نشانه‌های ، ؛ ؟ . : ! فاصله نگذارید و پس از آن‌ها یک فاصله بگذارید",
  en: "no space before ، ؛ ؟ . : ! and one space after them",
  find(masked) {
    if (!/[،؛؟.:!]/.test(masked)) return [];
    const edits: RuleEdit[] = [];
    for (const m of masked.matchAll(SPACE_BEFORE)) {
      if (m.index > 0 && !/\s/.test(masked[m.index - 1] as string)) edits.push({ start: m.index, end: m.index + m[0].length, replacement: "" });
    }
    for (const m of masked.matchAll(SPACE_BEFORE_COLON)) edits.push({ start: m.index, end: m.index + m[0].length, replacement: "" });
    for (const m of masked.matchAll(NO_SPACE_AFTER)) {
      // A full stop needs a Persian letter on both sides (not 12.5, not a.b).
      if (m[0] === "." && !LETTER_BEFORE.test(masked[m.index - 1] ?? "")) continue;
      edits.push({ start: m.index + 1, end: m.index + 1, replacement: " " });
    }
    return edits.sort((a, b) => a.start - b.start);
  },
};
