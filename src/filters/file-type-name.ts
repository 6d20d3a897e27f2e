/** Persian names of the file types releases attach, by upper-case extension. */
const NAMES: Record<string, string> = {
  PDF: "پی‌دی‌اف",
  DOC: "ورد", DOCX: "ورد", ODT: "سند متنی", RTF: "سند متنی", TXT: "متن",
  XLS: "اکسل", XLSX: "اکسل", ODS: "صفحه‌گسترده", CSV: "جدول",
  PPT: "پاورپوینت", PPTX: "پاورپوینت", ODP: "ارائه",
  ZIP: "فشرده", RAR: "فشرده", "7Z": "فشرده",
  JPG: "تصویر", JPEG: "تصویر", PNG: "تصویر", WEBP: "تصویر", GIF: "تصویر",
  MP3: "صوت", M4A: "صوت", OGG: "صوت", MP4: "ویدئو", WEBM: "ویدئو",
};

/**
 * The Persian name of an attachment's type, so its label holds no Latin run that would pull
 * the size beside it out of order (a Latin «PDF» next to Persian digits makes one LTR run).
 * An unknown type keeps its extension after «پروندهٔ»; templates wrap the result in `<bdi>`.
 * @example fileTypeName("PDF") → "پی‌دی‌اف"
 * @example fileTypeName("odg") → "پروندهٔ ODG"
 */
export function fileTypeName(type: string): string {
  const key = type.toUpperCase();
  return NAMES[key] ?? `پروندهٔ ${key}`;
}
