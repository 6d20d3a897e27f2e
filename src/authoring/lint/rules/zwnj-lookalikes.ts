import { isNonJoining, isPersianLetter, ZWNJ } from "../chars.ts";
import type { LintRule, RuleEdit } from "../rule.ts";
import { virastarEdits, virastarWith } from "../virastar.ts";

// virastar's `cleanup_zwnj` turns Word's ¬ (U+00AC, what Word's Ctrl+- half-space becomes when
// pasted) and the soft hyphen (U+00AD) into a ZWNJ, and drops it where a ZWNJ is needless (after
// ا د ذ ر ز ژ و, next to a space). It does not know the zero-width space (U+200B): that one is
// made a ZWNJ by hand first, only next to a Persian letter (elsewhere it may be deliberate).
const clean = virastarWith(["cleanup_zwnj"]);
const LOOKALIKE = /[\u00AC\u00AD\u200B]/;
const ZWSP_NEAR_LETTER = /\u200B/g;

function zwspToZwnj(line: string): string {
  return line.replace(ZWSP_NEAR_LETTER, (z, at: number) =>
    isPersianLetter(line[at - 1]) || isPersianLetter(line[at + 1]) ? ZWNJ : z);
}

/** Only virastar's hunks that replace a look-alike; its other ZWNJ clean-ups are needless-zwnj's. */
function keep(edit: RuleEdit, masked: string): boolean {
  const found = masked.slice(edit.start, edit.end);
  if (!LOOKALIKE.test(found)) return false;
  // ¬ standing alone («ISO ¬ A», logic) is a real sign: only one inside or beside a Persian word.
  if (!isPersianLetter(masked[edit.start - 1]) && !isPersianLetter(masked[edit.end])) return false;
  // Keep a look-alike after a letter that never joins: the right fix is no mark at all.
  if (edit.replacement === ZWNJ && isNonJoining(masked[edit.start - 1])) edit.replacement = "";
  return true;
}

/**
 * A half-space look-alike where a zero-width non-joiner belongs: ¬ (U+00AC, from Word), the soft
 * hyphen (U+00AD) or the zero-width space (U+200B).
 * @example zwnjLookalikes.find("می¬توانند", ctx) → [{ start: 2, end: 3, replacement: "\u200c" }]
 */
export const zwnjLookalikes: LintRule = {
  id: "zwnj-lookalikes",
  fa: "به جای نیم‌فاصله نشانهٔ دیگری آمده (¬ از Word، خط تیرهٔ نرم یا فاصلهٔ صفرعرض U+200B)؛ نیم‌فاصلهٔ درست بگذارید",
  en: "a half-space look-alike (Word's ¬, a soft hyphen or a zero-width space U+200B) where a ZWNJ belongs; use a real ZWNJ",
  trigger: LOOKALIKE,
  find: (masked) => virastarEdits(masked, LOOKALIKE, (line) => clean(zwspToZwnj(line)), keep),
};
