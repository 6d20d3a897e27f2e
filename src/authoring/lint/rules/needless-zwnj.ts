import { isNonJoining } from "../chars.ts";
import type { LintRule, RuleEdit } from "../rule.ts";
import { virastarEdits, virastarWith } from "../virastar.ts";

// virastar's `cleanup_zwnj` drops a ZWNJ after ا د ذ ر ز ژ و and the hamza forms, doubled ZWNJs
// and ZWNJs next to spaces, digits and punctuation. Only its removals are kept here (its ¬ → ZWNJ
// is zwnj-lookalikes.ts). It misses the hamza ء and ۀ ە: those are added by hand.
const clean = virastarWith(["cleanup_zwnj"]);
// Where virastar may find one: after a non-joining letter or a mark, doubled, next to a space,
// a digit or punctuation, at a line's ends. Most lines have only good ZWNJs: they are skipped.
const PRETEST = /[\u0621-\u0625\u0627\u0629\u062F-\u0632\u0648\u0698\u06C0\u06D5\s\d\u06F0-\u06F9.,:;!?؟،؛«»“”()[\]{}…\u200C-]\u200C|\u200C[\s\d\u06F0-\u06F9.,:;!?؟،؛«»“”()[\]{}…-]|^\u200C|\u200C$/m;
const AFTER_HAMZA = /[\u0621\u06C0\u06D5]\u200C/g;

function keep(edit: RuleEdit, masked: string): boolean {
  return edit.replacement === "" && /^\u200C+$/.test(masked.slice(edit.start, edit.end));
}

/**
 * A zero-width non-joiner that changes nothing: after a letter that never joins (کارگر‌ها,
 * کار‌ها, دانشجو‌ها), doubled, or next to a space, a digit or punctuation.
 * @example needlessZwnj.find("کار\u200cها", ctx) → [{ start: 3, end: 4, replacement: "" }]
 */
export const needlessZwnj: LintRule = {
  id: "needless-zwnj",
  fa: "نیم‌فاصلهٔ بی‌جا؛ پس از «ا د ذ ر ز ژ و» و کنار فاصله یا نشانه نیم‌فاصله لازم نیست (کارها، نه کار‌ها)",
  en: "a needless ZWNJ: none is needed after ا د ذ ر ز ژ و or next to a space or punctuation (کارها, not کار‌ها)",
  trigger: PRETEST,
  find(masked) {
    const edits = virastarEdits(masked, PRETEST, clean, keep);
    for (const m of masked.matchAll(AFTER_HAMZA)) {
      const at = m.index + 1;
      if (!edits.some((e) => e.start <= at && at < e.end) && isNonJoining(masked[m.index])) edits.push({ start: at, end: at + 1, replacement: "" });
    }
    return edits.sort((a, b) => a.start - b.start);
  },
};
