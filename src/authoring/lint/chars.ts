/** Stands in for every character the lint must not read or change (see mask.ts). Private use. */
export const MASK = "\uE000";

/** Zero-width non-joiner (نیم‌فاصله). */
export const ZWNJ = "\u200C";

/** Persian and Arabic letters, hamza forms and diacritics: the "inside a Persian word" class. */
export const PERSIAN_LETTER = "\u0621-\u063A\u0641-\u064A\u064B-\u065F\u0670\u067E\u0686\u0698\u06A9\u06AF\u06C0\u06CC\u06D5";

/**
 * Is this character a Persian letter?
 * @example isPersianLetter("ک") → true
 */
export function isPersianLetter(ch: string | undefined): boolean {
  return ch !== undefined && PERSIAN_LETTER_RE.test(ch);
}

const PERSIAN_LETTER_RE = new RegExp(`^[${PERSIAN_LETTER}]$`);
