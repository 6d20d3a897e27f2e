/**
 * Arabic yeh (ي), alef maksura (ى) and kaf (ك) → Persian ی and ک. Same length in and out, so
 * offsets stay valid. Written by hand: it is two character swaps, and the build must not pull
 * a text cleaner (virastar changes far more) into rendering.
 * @example foldArabicLetters("بيمه كارگران") → "بیمه کارگران"
 */
export function foldArabicLetters(text: string): string {
  return text.replace(/[\u064A\u0649]/g, "\u06CC").replace(/\u0643/g, "\u06A9");
}
