import { parseReleaseDate } from "../content/parse-date.ts";
import { FILE_SLUG, lengthMessage, type TextField } from "../content/schema.ts";
import { jalaliStamp } from "../authoring/new/jalali-stamp.ts";
import { toLatinDigits } from "../persian/digits.ts";

/**
 * The editing desk's checks, run in the browser before a save. Each returns the loader's Persian
 * message, or undefined when the value passes. They share the loader's rules (src/content/schema.ts,
 * src/content/parse-date.ts), so a save the build would refuse is refused at the desk with the same words.
 */

/** Length in characters after folding whitespace, as the loader counts it. */
function textLength(value: string): number {
  return [...value.replace(/\s+/g, " ").trim()].length;
}

/** A text field: required, one line unless multiline, length within the schema's limits. */
export function checkText(field: TextField, value: unknown): string | undefined {
  const text = typeof value === "string" ? value : "";
  if (text.trim() === "") return field.required ? `${field.label.fa} لازم است و نوشته نشده؛ مثلاً: ${field.example}` : undefined;
  if (!field.multiline && /\n./.test(text.trim())) return `${field.label.fa} باید یک خط باشد`;
  const length = textLength(text);
  if (length < field.min || length > field.max) return lengthMessage(field, length).fa;
  return undefined;
}

/**
 * A typed date-time, read as the loader reads it (Jalali in Tehran time, Persian or Latin digits,
 * `-` or `/`; an older file's ISO date also reads): the stored Jalali form (`1404-06-25 10:30`),
 * or the loader's message.
 * @example normaliseJalali("۱۴۰۴/۶/۲۵ ۱۰:۳۰") → { value: "1404-06-25 10:30" }
 */
export function normaliseJalali(typed: string): { value: string } | { error: string } {
  const text = toLatinDigits(typed).trim().replace(/\s+/g, " ");
  if (text === "") return { error: "تاریخ و ساعت انتشار لازم است؛ مثلاً 1404-06-25 10:30" };
  const parsed = parseReleaseDate(text);
  if (!parsed.ok) return { error: `«${typed.trim()}» ${parsed.fa}` };
  return { value: jalaliStamp(parsed.value.toJSDate()) };
}

/** The Latin words of a new release's file name: `kazerun-pool`. */
export function checkFileSlug(value: unknown): string | undefined {
  const text = typeof value === "string" ? value : "";
  if (text === "") return "نام پرونده لازم است: چند واژهٔ لاتین با خط تیره، مثلاً kazerun-pool";
  if (!FILE_SLUG.test(text)) {
    return `نام پرونده «${text}» پذیرفته نیست: فقط حروف کوچک لاتین، رقم و خط تیره (-)، مثلاً kazerun-pool`;
  }
  return undefined;
}

/** A release file's name without `.md`: the code padded to 4 digits, then the Latin words. */
export function fileStem(code: number, slug: string): string {
  return `${String(code).padStart(4, "0")}-${slug}`;
}

/** The Jalali year folder of a stored date (`1404-06-25 10:30` → `1404`), or "" when none. */
export function yearFolder(date: unknown): string {
  return typeof date === "string" ? /^(1[34]\d\d)-/.exec(date)?.[1] ?? "" : "";
}

/** The next free code: one more than the highest used or retired. */
export function nextCode(used: Iterable<number>): number {
  let max = 0;
  for (const code of used) if (Number.isSafeInteger(code) && code > max) max = code;
  return max + 1;
}
