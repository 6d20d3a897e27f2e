import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseReleaseDate } from "../../src/content/parse-date.ts";

function iso(raw: unknown): string {
  const r = parseReleaseDate(raw);
  if (!r.ok) throw new Error(`${String(raw)}: ${r.en}`);
  return r.value.toISO() as string;
}

function error(raw: unknown): string {
  const r = parseReleaseDate(raw);
  if (r.ok) throw new Error(`${String(raw)} parsed as ${r.value.toISO()}`);
  return r.en;
}

test("parseReleaseDate :: ISO with an offset", () => {
  assert.is(iso("2025-09-16T10:30:00+03:30"), "2025-09-16T10:30:00.000+03:30");
  assert.is(iso("2025-09-16T07:00:00Z"), "2025-09-16T10:30:00.000+03:30");
  assert.is(iso("2025-09-16T08:30:00+0500"), "2025-09-16T07:00:00.000+03:30");
});

test("parseReleaseDate :: ISO without an offset is Tehran time", () => {
  assert.is(iso("2025-09-16 10:30"), "2025-09-16T10:30:00.000+03:30");
  assert.is(iso("2025-09-16T10:30"), "2025-09-16T10:30:00.000+03:30");
  assert.is(iso("2021-07-01 10:30"), "2021-07-01T10:30:00.000+04:30");
});

test("parseReleaseDate :: Jalali with Latin or Persian digits is Tehran time", () => {
  assert.is(iso("1404-06-25 10:30"), "2025-09-16T10:30:00.000+03:30");
  assert.is(iso("۱۴۰۴/۰۶/۲۵ ۱۰:۳۰"), "2025-09-16T10:30:00.000+03:30");
  assert.is(iso("١٤٠٤-٠٦-٢٥ ١٠:٣٠"), "2025-09-16T10:30:00.000+03:30");
  assert.is(iso("1403-12-30 23:59"), "2025-03-20T23:59:00.000+03:30");
  assert.is(iso("1404-1-1 0:00"), "2025-03-21T00:00:00.000+03:30");
});

test("parseReleaseDate :: a date without a time is an error", () => {
  assert.is(error("1404-06-25"), "has no time; write e.g. 1404-06-25 10:30");
  assert.is(error("2025-09-16"), "has no time; write e.g. 1404-06-25 10:30");
});

test("parseReleaseDate :: impossible dates and times", () => {
  assert.is(error("1404-12-30 10:00"), "is not a Jalali date; month 12 of 1404 has 29 days");
  assert.is(error("1404-13-01 10:00"), "is not a Jalali date; the month must be 1–12");
  assert.is(error("2025-02-29 10:00"), "is not a real calendar date; write e.g. 1404-06-25 10:30");
  assert.is(error("1404-06-25 24:10"), "has an impossible time; hours are 0–23 and minutes 0–59, e.g. 1404-06-25 10:30");
  assert.is(error("1404-06-25 10:30+03:30"), "a Jalali date is Tehran time and takes no offset; write e.g. 1404-06-25 10:30");
});

test("parseReleaseDate :: text that is not a date", () => {
  assert.match(error("فردا صبح"), /^is not a date and time this site reads/);
  assert.match(error(undefined), /^must be a date and time/);
  assert.match(error(true), /^must be a date and time/);
});

test.run();
