/**
 * Invisible characters in what staff type: direction marks copied from a Windows or phone date
 * display, bidi embedding controls pasted from Word, byte-order marks in the middle of a text.
 * Written by hand: no library names these characters in Persian.
 */

/** Every format character (Unicode category Cf): ZWNJ, direction marks, bidi controls, BOM, … */
const FORMAT = /\p{Cf}/gu;
/** Bidi embedding, override and isolate controls: they reorder text and are never wanted in a field. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** C0 and C1 control characters except tab and line breaks, and BOMs in mid-text. */
const CONTROLS = /[\u0000-\u0008\v\f\u000E-\u001F\u007F-\u009F\uFEFF]/g;

/** Persian and English names of the invisible characters a message may have to name. */
const NAMES: Record<number, [fa: string, en: string]> = {
  0x200b: ["فاصلهٔ بی‌پهنا", "zero width space"],
  0x200c: ["نیم‌فاصله", "zero width non-joiner"],
  0x200d: ["اتصال‌دهندهٔ بی‌پهنا", "zero width joiner"],
  0x200e: ["نشانهٔ چپ‌به‌راست", "left-to-right mark"],
  0x200f: ["نشانهٔ راست‌به‌چپ", "right-to-left mark"],
  0x061c: ["نشانهٔ عربی", "Arabic letter mark"],
  0x202a: ["آغاز متن چپ‌به‌راست", "left-to-right embedding"],
  0x202b: ["آغاز متن راست‌به‌چپ", "right-to-left embedding"],
  0x202c: ["پایان جهت متن", "pop directional formatting"],
  0x202d: ["اجبار چپ‌به‌راست", "left-to-right override"],
  0x202e: ["اجبار راست‌به‌چپ", "right-to-left override"],
  0x2066: ["جداسازی چپ‌به‌راست", "left-to-right isolate"],
  0x2067: ["جداسازی راست‌به‌چپ", "right-to-left isolate"],
  0x2068: ["جداسازی خودکار", "first strong isolate"],
  0x2069: ["پایان جداسازی", "pop directional isolate"],
  0x2060: ["پیوند‌دهندهٔ واژه", "word joiner"],
  0xfeff: ["نشانهٔ ترتیب بایت (BOM)", "byte order mark"],
  0x00ad: ["خط تیرهٔ نرم", "soft hyphen"],
};

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * A date, code or key with every format character (direction marks, ZWNJ, bidi controls, BOM)
 * removed and the ends trimmed: these never belong in a value the loader parses.
 * @example stripMarks("\u200F1404-06-25 10:30\u200E") → "1404-06-25 10:30"
 */
export function stripMarks(text: string): string {
  return text.replace(FORMAT, "").trim();
}

/**
 * A text field (title, lead, alt…) without bidi embedding/override/isolate controls, C0/C1 control
 * characters and stray BOMs; ZWNJ and the plain direction marks stay (Persian text needs them).
 * @example cleanText("\u202Bتیتر\u202C") → "تیتر"
 */
export function cleanText(text: string): string {
  return text.replace(BIDI_CONTROLS, "").replace(CONTROLS, "");
}

/** True when a text holds nothing but white space and invisible characters. */
export function isBlankText(text: string): boolean {
  return cleanText(text).replace(FORMAT, "").trim() === "";
}

/**
 * The invisible characters of a value, each named once, for an error message; none → undefined.
 * ZWNJ is named only when `withZwnj` (it is right in Persian text, wrong in a key or a path).
 * @example nameInvisibles("./a.jpg\u200F") → { fa: "نویسهٔ نامرئی U+200F (نشانهٔ راست‌به‌چپ)", en: "invisible character U+200F (right-to-left mark)" }
 */
export function nameInvisibles(text: string, withZwnj = true): { fa: string; en: string } | undefined {
  const seen = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp === 0x200c && !withZwnj) continue;
    if (/[\p{Cf}\p{Cc}]/u.test(ch) && !/[\t\n\r]/.test(ch)) seen.add(cp);
  }
  if (seen.size === 0) return undefined;
  const list = [...seen].slice(0, 4);
  return {
    fa: list.map((cp) => `نویسهٔ نامرئی ${hex(cp)}${NAMES[cp] ? ` (${NAMES[cp][0]})` : ""}`).join("، "),
    en: list.map((cp) => `invisible character ${hex(cp)}${NAMES[cp] ? ` (${NAMES[cp][1]})` : ""}`).join(", "),
  };
}

/**
 * A value for a message with its invisible characters shown as `⟨U+200F⟩`, so that a quoted value
 * never looks exactly like the valid example. ZWNJ is left as it is.
 * @example showInvisibles("1404-06-25\u200F") → "1404-06-25⟨U+200F⟩"
 */
export function showInvisibles(text: string): string {
  return text.replace(/[\p{Cf}\p{Cc}]/gu, (ch) => (/[\u200C\t\n\r]/.test(ch) ? ch : `⟨${hex(ch.codePointAt(0) as number)}⟩`));
}
