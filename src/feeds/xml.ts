/**
 * Characters XML 1.0 forbids (C0 controls other than tab, LF, CR; U+FFFE/U+FFFF; lone
 * surrogates). Text pasted from Word brings U+000B and U+0008; one of them makes a feed unreadable.
 */
const FORBIDDEN = /[\u0000-\u0008\v\f\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** @example stripForbidden("متن\u000B") → "متن" */
export function stripForbidden(text: string): string {
  return text.replace(FORBIDDEN, "");
}

/** Escape text for an XML element or attribute, dropping forbidden characters. @example xmlEscape("<a & «ب»>") → "&lt;a &amp; «ب»&gt;" */
export function xmlEscape(text: string): string {
  return stripForbidden(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
