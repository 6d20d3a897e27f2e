// Persian search folding. Plain JavaScript on purpose: this one file is imported by the build
// (to fold the indexed text) and served to the browser as /assets/js/fold.js (Pagefind's
// `processTerm`), so the index and the query are folded by the very same function.
// Written by hand: no Persian text library folds for search (virastar and persian-tools edit
// text for display and keep diacritics and digits as they are).

const PERSIAN_ZERO = 0x06f0;

/**
 * Fold Persian text for search: Arabic ي/ى → ی and ك → ک, ة → ه, ۀ → ه, Latin and Arabic-Indic digits →
 * Persian digits, tatweel and diacritics (including the hamza of «هٔ») dropped. ZWNJ is kept:
 * Pagefind already ignores it on both sides, and excerpts keep their correct spelling.
 * @param {string} text
 * @returns {string}
 * @example fold("بيمه ١٤٠٤ كارگران") → "بیمه ۱۴۰۴ کارگران"
 */
export function fold(text) {
  return text
    .replace(/[\u064A\u0649]/g, "\u06CC")
    .replace(/\u0643/g, "\u06A9")
    .replace(/[\u0629\u06C0]/g, "\u0647")
    .replace(/[\u0640\u064B-\u065F\u0670]/g, "")
    .replace(/\d/g, (d) => String.fromCharCode(PERSIAN_ZERO + d.charCodeAt(0) - 0x30))
    .replace(/[\u0660-\u0669]/g, (d) => String.fromCharCode(PERSIAN_ZERO + d.charCodeAt(0) - 0x0660));
}
