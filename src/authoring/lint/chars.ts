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

/**
 * Letters that never join the next letter (ا آ أ إ ء د ذ ر ز ژ و ؤ ة ۀ ە): a ZWNJ after them
 * changes nothing on screen and only breaks search and copy («کار‌ها» is «کارها»).
 * Source: Unicode ArabicShaping.txt (joining types R and U).
 */
export const NON_JOINING = "\u0621\u0622\u0623\u0624\u0625\u0627\u0629\u062F\u0630\u0631\u0632\u0648\u0698\u06C0\u06D5";

const NON_JOINING_RE = new RegExp(`^[${NON_JOINING}]$`);

/**
 * Does this letter never join the next one?
 * @example isNonJoining("ر") → true; isNonJoining("ه") → false
 */
export function isNonJoining(ch: string | undefined): boolean {
  return ch !== undefined && NON_JOINING_RE.test(ch);
}
