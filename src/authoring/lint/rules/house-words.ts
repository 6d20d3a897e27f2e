import { foldArabicLetters } from "../../../persian/persian-letters.ts";
import type { LintRule, RuleEdit } from "../rule.ts";

// Hand-written on purpose: when text is pasted the ZWNJ is lost and the word is joined
// («ادارهکل»). virastar and persian-tools only fix the spaced form, and a joined «می…» cannot be
// told from a real word by rule (میز، میوه، میدان), so known words come from a list staff extend:
// _data/house-words.json.

/**
 * Words of the house list (_data/house-words.json), written wrong: joined without a ZWNJ or spaced.
 * @example houseWords.find("ادارهکل تعاون", ctx) → [{ start: 0, end: 7, replacement: "اداره‌کل" }]
 */
export const houseWords: LintRule = {
  id: "house-words",
  fa: "نگارش درست این واژه در فهرست واژه‌های خانه (_data/house-words.json) آمده است",
  en: "the house word list (_data/house-words.json) gives the right spelling",
  find(masked, { houseWords: list }) {
    if (!list.pattern) return [];
    // Folding is one character for one, so offsets in the folded copy are offsets in the file.
    const folded = foldArabicLetters(masked);
    const edits: RuleEdit[] = [];
    list.pattern.lastIndex = 0;
    for (const m of folded.matchAll(list.pattern)) {
      if (m.index > 0 && list.letter.test(folded[m.index - 1] as string)) continue; // inside a longer word
      const right = list.words.get(m[0]);
      if (right !== undefined) edits.push({ start: m.index, end: m.index + m[0].length, replacement: right });
    }
    return edits;
  },
};
