/** Persian (U+06F0…) and Arabic-Indic (U+0660…) digits, indexed by value. */
const PERSIAN = "۰۱۲۳۴۵۶۷۸۹";
const ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩";

/**
 * Latin and Arabic-Indic digits → Persian digits; everything else unchanged.
 * @example toPersianDigits("کد 142") → "کد ۱۴۲"
 */
export function toPersianDigits(input: string | number): string {
  return String(input).replace(/[0-9\u0660-\u0669]/g, (d) => {
    const code = d.charCodeAt(0);
    return PERSIAN[code <= 0x39 ? code - 0x30 : code - 0x0660] as string;
  });
}

/**
 * Persian and Arabic-Indic digits → Latin digits, for parsing what staff type.
 * @example toLatinDigits("۱۴۰۴/۰۶/۲۵") → "1404/06/25"
 */
export function toLatinDigits(input: string): string {
  return input.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

export const persianDigitSet = PERSIAN;
export const arabicIndicDigitSet = ARABIC_INDIC;
