import { DateTime } from "luxon";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { isoTehran, jalaliDate, jalaliDateTime, jalaliParts } from "../../src/persian/jalali.ts";

const seed = new Date("2025-09-16T07:00:00Z"); // 10:30 in Tehran
const lastMinuteOf1403 = new Date("2025-03-20T20:29:00Z"); // 2025-03-20 23:59 Tehran
const nowruz1404 = new Date("2025-03-20T20:30:00Z"); // 2025-03-21 00:00 Tehran
const utcMidnight = new Date("2024-03-19T21:00:00Z"); // 29 Esfand in UTC, 1 Farvardin 1403 in Tehran

/** Run the same assertions under both zones: output must not depend on the machine's TZ. */
function underEachZone(name: string, fn: () => void): void {
  for (const zone of ["UTC", "Asia/Tehran", "America/Los_Angeles"]) {
    test(`${name} (TZ=${zone})`, () => {
      const before = process.env.TZ;
      process.env.TZ = zone;
      try {
        fn();
      } finally {
        if (before === undefined) delete process.env.TZ;
        else process.env.TZ = before;
      }
    });
  }
}

underEachZone("jalaliDate :: the seed release's date", () => {
  assert.is(jalaliDate(seed), "۲۵ شهریور ۱۴۰۴");
});

underEachZone("jalaliDateTime :: weekday, date and time in Tehran", () => {
  assert.is(jalaliDateTime(seed), "سه‌شنبه ۲۵ شهریور ۱۴۰۴ - ۱۰:۳۰");
  assert.is(jalaliDateTime(DateTime.fromJSDate(seed)), "سه‌شنبه ۲۵ شهریور ۱۴۰۴ - ۱۰:۳۰");
});

underEachZone("jalaliDate :: Nowruz edge", () => {
  assert.is(jalaliDate(lastMinuteOf1403), "۳۰ اسفند ۱۴۰۳");
  assert.is(jalaliDateTime(lastMinuteOf1403), "پنجشنبه ۳۰ اسفند ۱۴۰۳ - ۲۳:۵۹");
  assert.is(jalaliDate(nowruz1404), "۱ فروردین ۱۴۰۴");
  assert.is(jalaliDateTime(nowruz1404), "جمعه ۱ فروردین ۱۴۰۴ - ۰۰:۰۰");
});

underEachZone("jalaliDate :: UTC-midnight edge is already the new year in Tehran", () => {
  assert.is(jalaliDate(utcMidnight), "۱ فروردین ۱۴۰۳");
  assert.equal(jalaliParts(utcMidnight), { year: 1403, month: 1, day: 1 });
});

underEachZone("jalaliParts :: numbers for grouping, in Tehran", () => {
  assert.equal(jalaliParts(lastMinuteOf1403), { year: 1403, month: 12, day: 30 });
  assert.equal(jalaliParts(nowruz1404), { year: 1404, month: 1, day: 1 });
  assert.equal(jalaliParts(seed), { year: 1404, month: 6, day: 25 });
});

underEachZone("isoTehran :: ISO 8601 with the real offset of the day", () => {
  assert.is(isoTehran(seed), "2025-09-16T10:30:00+03:30");
  // Iran kept daylight saving time until 2022: summer 2021 was +04:30.
  assert.is(isoTehran(new Date("2021-07-01T06:00:00Z")), "2021-07-01T10:30:00+04:30");
});

test.run();
