import { DateTime } from "luxon";

export const TEHRAN = "Asia/Tehran";

/** Jalali month names, 1-based (luxon's Info.months is indexed by Gregorian month). */
export const JALALI_MONTHS = [
  "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
  "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
] as const;

export interface JalaliParts {
  year: number;
  month: number;
  day: number;
}

const partsFormat = new Intl.DateTimeFormat("en-u-ca-persian-nu-latn", {
  timeZone: TEHRAN,
  year: "numeric",
  month: "numeric",
  day: "numeric",
});

/**
 * The Jalali calendar date of an instant, in Tehran, as numbers (for grouping and URLs).
 * @example jalaliParts(new Date("2025-03-20T20:30:00Z")) → { year: 1404, month: 1, day: 1 }
 */
export function jalaliParts(instant: Date | DateTime): JalaliParts {
  const date = instant instanceof Date ? instant : instant.toJSDate();
  const out: Partial<JalaliParts> = {};
  for (const part of partsFormat.formatToParts(date)) {
    if (part.type === "year" || part.type === "month" || part.type === "day") {
      out[part.type] = Number(part.value);
    }
  }
  return out as JalaliParts;
}

/**
 * Formatting with luxon and Intl costs tens of microseconds; a release's dates are shown on
 * its page and in several listings, so each (format, instant) pair is formatted once per process.
 */
function memo(format: (instant: Date | DateTime) => string): (instant: Date | DateTime) => string {
  const cache = new Map<number, string>();
  return (instant) => {
    const key = instant instanceof Date ? instant.getTime() : instant.toMillis();
    let text = cache.get(key);
    if (text === undefined) {
      text = format(instant);
      if (cache.size > 200_000) cache.clear();
      cache.set(key, text);
    }
    return text;
  };
}

/** The instant in Tehran, formatting in Persian with the Jalali calendar (both options needed). */
function persianTehran(instant: Date | DateTime): DateTime {
  const dt = instant instanceof Date ? DateTime.fromJSDate(instant) : instant;
  return dt.setZone(TEHRAN).reconfigure({ locale: "fa-IR", outputCalendar: "persian" });
}

/**
 * Jalali date in Tehran with Persian digits.
 * @example jalaliDate(2025-09-16T07:00Z) → "۲۵ شهریور ۱۴۰۴"
 */
export const jalaliDate = memo((instant) => persianTehran(instant).toFormat("d MMMM yyyy"));

/**
 * Weekday, Jalali date and time in Tehran with Persian digits.
 * @example jalaliDateTime(2025-09-16T07:00Z) → "سه‌شنبه ۲۵ شهریور ۱۴۰۴ - ۱۰:۳۰"
 */
export const jalaliDateTime = memo((instant) => persianTehran(instant).toFormat("EEEE d MMMM yyyy - HH:mm"));

/**
 * ISO 8601 in Tehran with the real offset of that day, for `<time datetime>` and feeds.
 * @example isoTehran(2025-09-16T07:00Z) → "2025-09-16T10:30:00+03:30"
 */
export const isoTehran = memo((instant) => {
  const dt = instant instanceof Date ? DateTime.fromJSDate(instant) : instant;
  return dt.setZone(TEHRAN).toISO({ suppressMilliseconds: true }) as string;
});
