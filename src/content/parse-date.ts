import { DateTime } from "luxon";
import * as jalaali from "jalaali-js";
import { toLatinDigits } from "../persian/digits.ts";
import { stripMarks } from "./invisible.ts";
import { TEHRAN } from "../persian/jalali.ts";

export type ParsedDate =
  /** `warning`: the date is read, but not as written (a Tehran wall-clock time that never existed). */
  | { ok: true; value: DateTime; warning?: { fa: string; en: string } }
  | { ok: false; fa: string; en: string };

const EXAMPLE = "1404-06-25 10:30";
const DATE_ONLY = /^\d{4}[-/]\d{1,2}[-/]\d{1,2}$/;
const DATE_TIME =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

function fail(fa: string, en: string): ParsedDate {
  return { ok: false, fa, en };
}

/**
 * Parse a front-matter date-time in any accepted form; local times are Tehran time.
 * - ISO 8601 with an offset: `2025-09-16T10:30:00+03:30`
 * - ISO without an offset (Tehran): `2025-09-16 10:30`
 * - Jalali (year below 1700, Tehran), Latin or Persian digits: `1404-06-25 10:30`, `۱۴۰۴/۰۶/۲۵ ۱۰:۳۰`
 */
export function parseReleaseDate(raw: unknown): ParsedDate {
  if (typeof raw !== "string" && typeof raw !== "number") {
    return fail(
      `باید تاریخ و ساعت باشد؛ مثلاً ${EXAMPLE}`,
      `must be a date and time; write e.g. ${EXAMPLE}`,
    );
  }
  // Direction marks copied from a Windows or phone date display are not part of the date.
  const text = toLatinDigits(stripMarks(String(raw))).replace(/\s+/g, " ");
  if (DATE_ONLY.test(text)) {
    return fail(
      `ساعت ندارد؛ ساعت انتشار را هم بنویسید، مثلاً ${EXAMPLE}`,
      `has no time; write e.g. ${EXAMPLE}`,
    );
  }
  const m = DATE_TIME.exec(text);
  if (!m) {
    return fail(
      `تاریخ و ساعت خوانا نیست؛ به شکل سال-ماه-روز ساعت:دقیقه بنویسید، مثلاً ${EXAMPLE}`,
      `is not a date and time this site reads; write year-month-day hour:minute, e.g. ${EXAMPLE}`,
    );
  }
  const [, y, mo, d, h, mi, s, offset] = m;
  let year = Number(y);
  let month = Number(mo);
  let day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) {
    return fail(
      `ساعت نادرست است؛ ساعت ۰ تا ۲۳ و دقیقه ۰ تا ۵۹ است، مثلاً ${EXAMPLE}`,
      `has an impossible time; hours are 0–23 and minutes 0–59, e.g. ${EXAMPLE}`,
    );
  }
  if (year < 1700) {
    if (offset !== undefined) {
      return fail(
        `تاریخ شمسی به وقت تهران است و منطقهٔ زمانی نمی‌گیرد؛ مثلاً ${EXAMPLE}`,
        `a Jalali date is Tehran time and takes no offset; write e.g. ${EXAMPLE}`,
      );
    }
    if (!jalaali.isValidJalaaliDate(year, month, day)) {
      const lastDay = month >= 1 && month <= 12 ? jalaali.jalaaliMonthLength(year, month) : 0;
      return fail(
        lastDay
          ? `چنین روزی در تقویم شمسی نیست؛ ماه ${month} سال ${year} ${lastDay} روز دارد`
          : `چنین روزی در تقویم شمسی نیست؛ ماه باید ۱ تا ۱۲ باشد`,
        lastDay
          ? `is not a Jalali date; month ${month} of ${year} has ${lastDay} days`
          : `is not a Jalali date; the month must be 1–12`,
      );
    }
    const g = jalaali.toGregorian(year, month, day);
    year = g.gy;
    month = g.gm;
    day = g.gd;
  }
  const zone = offset === undefined ? TEHRAN : offset === "Z" ? "UTC" : `UTC${offset.slice(0, 3)}:${offset.slice(-2)}`;
  const value = DateTime.fromObject({ year, month, day, hour, minute, second }, { zone });
  if (!value.isValid || value.day !== day || value.month !== month) {
    return fail(
      `چنین روزی در تقویم نیست؛ مثلاً ${EXAMPLE}`,
      `is not a real calendar date; write e.g. ${EXAMPLE}`,
    );
  }
  const tehran = value.setZone(TEHRAN);
  if (offset === undefined && (value.hour !== hour || value.minute !== minute)) {
    // Luxon moves a time inside Tehran's spring-forward gap (DST until 2022) an hour later.
    const wrote = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
    const read = tehran.toFormat("HH:mm");
    return {
      ok: true, value: tehran,
      warning: {
        fa: `ساعت ${wrote} آن روز در تهران وجود نداشت (ساعت رسمی در آن شب یک ساعت جلو کشیده شد) و ${read} خوانده شد؛ اگر ساعت دیگری منظور است آن را درست کنید`,
        en: `${wrote} never existed in Tehran that day (clocks moved forward an hour that night); it is read as ${read}; correct the time if another was meant`,
      },
    };
  }
  return { ok: true, value: tehran };
}
