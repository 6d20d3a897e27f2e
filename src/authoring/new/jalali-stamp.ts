import { TEHRAN } from "../../persian/jalali.ts";

const format = new Intl.DateTimeFormat("en-u-ca-persian-nu-latn", {
  timeZone: TEHRAN, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
});

/**
 * An instant as a front-matter date: Jalali, Tehran time, Latin digits, the form the loader reads.
 * @example jalaliStamp(new Date("2025-09-16T07:00:00Z")) → "1404-06-25 10:30"
 */
export function jalaliStamp(instant: Date): string {
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(instant)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
