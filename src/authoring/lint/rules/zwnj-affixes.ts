import { isNonJoining, isPersianLetter, PERSIAN_LETTER, ZWNJ } from "../chars.ts";
import type { LintRule, RuleEdit } from "../rule.ts";
import { virastarEdits, virastarWith } from "../virastar.ts";

// virastar puts the ZWNJ in prefixes and suffixes written with a space («می شود», «کتاب ها»).
// Of its suffixes we keep ها/های/هایی… and تر/تری/ترین. Its pronoun and verb suffixes also join
// real words («سلام ای دوست» → «سلام‌ای»; «در شان» → «درشان»), so those are kept only after a
// word of three letters or more ending in a silent ه, where Persian always writes them with a
// ZWNJ («کرده اند» → «کرده‌اند», «خانه ای» → «خانه‌ای»; not «به ای», «که اش»). After a letter that
// never joins, the suffix is written joined («کار ها» → «کارها», virastar would write «کار‌ها»).
// Joined forms («میشود») are the house list's job (house-words.ts): no library splits them.
const clean = virastarWith(["fix_perfix_spacing", "fix_suffix_spacing"]);
// Starts with a space where it can (V8 then skips ahead fast); virastar checks the rest.
const PRETEST = / (?:ها|تر)|(?:^| )(?:ن?می|بی) |ه ا(?:ی[مد]?|ند|[متش])(?![\u0621-\u064A\u067E-\u06CC])/m;
const PREFIX_BEFORE = /(?:^|[\s\uE000])(?:ن?می|بی)$/;
const SUFFIX_AFTER = /^(?:ها|تر)/;
const AFTER_SILENT_HEH = new RegExp(`^(?:ای|ایم|اید|اند|ام|ات|اش)(?![${PERSIAN_LETTER}${ZWNJ}])`);
const WORD_BEFORE = new RegExp(`[${PERSIAN_LETTER}${ZWNJ}]+$`);

function keep(edit: RuleEdit, masked: string): boolean {
  if (edit.replacement !== ZWNJ || masked.slice(edit.start, edit.end) !== " ") return false;
  if (!isPersianLetter(masked[edit.start - 1]) || !isPersianLetter(masked[edit.end])) return false;
  const after = masked.slice(edit.end, edit.end + 8);
  if (PREFIX_BEFORE.test(masked.slice(Math.max(0, edit.start - 4), edit.start))) return true;
  if (AFTER_SILENT_HEH.test(after)) {
    const word = WORD_BEFORE.exec(masked.slice(Math.max(0, edit.start - 30), edit.start))?.[0] ?? "";
    return word.endsWith("\u0647") && word.length >= 3;
  }
  if (!SUFFIX_AFTER.test(after)) return false;
  if (isNonJoining(masked[edit.start - 1])) edit.replacement = "";
  // «تر» alone is also an adjective (خرمای تر: fresh dates): shown, but left to the author.
  if (/^تر(?![\u0600-\u06FF])/.test(after)) edit.safe = false;
  return true;
}

/**
 * A space where a prefix or suffix takes a zero-width non-joiner: می، نمی، بی، ها، های، تر، ترین,
 * and ای، ام، اند… after a silent ه; after ا د ذ ر ز ژ و the suffix is joined without one.
 * @example zwnjAffixes.find("می شود", ctx) → [{ start: 2, end: 3, replacement: "\u200c" }]
 */
export const zwnjAffixes: LintRule = {
  id: "zwnj-affixes",
  fa: "پیشوند یا پسوند با فاصله جدا شده؛ به جای فاصله نیم‌فاصله بگذارید (پس از «ا د ذ ر ز ژ و» بی‌فاصله بچسبانید)",
  en: "a prefix or suffix written with a space; use a zero-width non-joiner (ZWNJ) instead (none after ا د ذ ر ز ژ و: join)",
  trigger: PRETEST,
  find: (masked) => virastarEdits(masked, PRETEST, clean, keep),
};
