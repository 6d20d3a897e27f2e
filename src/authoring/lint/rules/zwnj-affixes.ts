import { isPersianLetter, ZWNJ } from "../chars.ts";
import type { LintRule, RuleEdit } from "../rule.ts";
import { virastarEdits, virastarWith } from "../virastar.ts";

// virastar puts the ZWNJ in prefixes and suffixes written with a space («می شود», «کتاب ها»).
// Of its suffixes we keep ها/های/هایی… and تر/تری/ترین: its pronoun suffixes also join real
// words («سلام ای دوست» → «سلام‌ای»; «در شان» → «درشان»). Joined forms («میشود») are the
// house list's job (house-words.ts): no library splits them.
const clean = virastarWith(["fix_perfix_spacing", "fix_suffix_spacing"]);
// Starts with a space where it can (V8 then skips ahead fast); virastar checks the rest.
const PRETEST = / (?:ها|تر)|(?:^| )(?:ن?می|بی) /m;
const PREFIX_BEFORE = /(?:^|[\s\uE000])(?:ن?می|بی)$/;
const SUFFIX_AFTER = /^(?:ها|تر)/;

function keep(edit: RuleEdit, masked: string): boolean {
  if (edit.replacement !== ZWNJ || masked.slice(edit.start, edit.end) !== " ") return false;
  if (!isPersianLetter(masked[edit.start - 1]) || !isPersianLetter(masked[edit.end])) return false;
  const after = masked.slice(edit.end, edit.end + 8);
  if (PREFIX_BEFORE.test(masked.slice(Math.max(0, edit.start - 4), edit.start))) return true;
  if (!SUFFIX_AFTER.test(after)) return false;
  // «تر» alone is also an adjective (خرمای تر: fresh dates): shown, but left to the author.
  if (/^تر(?![\u0600-\u06FF])/.test(after)) edit.safe = false;
  return true;
}

/**
 * A space where a prefix or suffix takes a zero-width non-joiner: می، نمی، بی، ها، های، تر، ترین.
 * @example zwnjAffixes.find("می شود", ctx) → [{ start: 2, end: 3, replacement: "\u200c" }]
 */
export const zwnjAffixes: LintRule = {
  id: "zwnj-affixes",
  fa: "پیشوند یا پسوند با فاصله جدا شده؛ به جای فاصله نیم‌فاصله بگذارید",
  en: "a prefix or suffix written with a space; use a zero-width non-joiner (ZWNJ) instead",
  trigger: PRETEST,
  find: (masked) => virastarEdits(masked, PRETEST, clean, keep),
};
