import { lintText, type LintWarning } from "./lint-text.ts";
import type { RuleContext } from "./rule.ts";

/** Rounds of lint-and-fix; fixes can uncover one another (ي in «ميشود», then the house list). */
const MAX_ROUNDS = 8;

/**
 * Apply every safe lint fix to a release file's text, round after round until nothing safe is
 * left, so a second run changes nothing. `accept` may refuse some warnings (e.g. front matter).
 * Returns the new text and the warnings applied, in the order they were applied.
 * @example fixText("---\ntitle: ادارهکل تعاون\n---\n", ctx).text → "---\ntitle: اداره‌کل تعاون\n---\n"
 */
export function fixText(
  text: string, context: RuleContext, accept: (w: LintWarning) => boolean = () => true,
): { text: string; applied: LintWarning[] } {
  const applied: LintWarning[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const fixable = lintText(text, "", context).filter((w) => w.safe && accept(w));
    if (fixable.length === 0) break;
    // Non-overlapping warnings this round, a group (a pair of quotes) whole or not at all;
    // the rest are found again next round.
    const chosen: LintWarning[] = [];
    const taken: Array<[number, number]> = [];
    const overlaps = (w: LintWarning) => taken.some(([s, e]) => w.offset < e && s < w.offset + w.found.length);
    for (const w of fixable) {
      if (chosen.includes(w)) continue;
      const members = w.group === undefined ? [w] : fixable.filter((m) => m.group === w.group);
      if (members.some(overlaps)) continue;
      for (const m of members) {
        chosen.push(m);
        taken.push([m.offset, m.offset + m.found.length]);
      }
    }
    chosen.sort((a, b) => a.offset - b.offset);
    for (const w of [...chosen].reverse()) {
      text = text.slice(0, w.offset) + w.replacement + text.slice(w.offset + w.found.length);
    }
    applied.push(...chosen);
  }
  return { text, applied };
}
