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

test("parseReleaseDate :: named fixture dst-gap: a Tehran time that never existed warns, through the loader", async () => {
  const { loadReleases } = await import("../../src/content/load-releases.ts");
  const { formatProblem } = await import("../../src/content/problem.ts");
  const { releases, problems } = loadReleases({ root: process.cwd(), releasesDir: "tests/fixtures/reader/dst-gap" });
  assert.is(releases.length, 1);
  assert.equal(problems.map(formatProblem), [
    "tests/fixtures/reader/dst-gap/0001-pool.md: date: «1401-01-02 00:30» ساعت 00:30 آن روز در تهران وجود نداشت (ساعت رسمی در آن شب یک ساعت جلو کشیده شد) و 01:30 خوانده شد؛ اگر ساعت دیگری منظور است آن را درست کنید\n" +
    "    «1401-01-02 00:30» 00:30 never existed in Tehran that day (clocks moved forward an hour that night); it is read as 01:30; correct the time if another was meant",
  ]);
  assert.equal(problems.map((p) => p.severity), ["warning"]);
});

test("parseReleaseDate :: the spring-forward gap, inputs of my own: Jalali, ISO, Persian and Arabic-Indic digits", () => {
  const warned = (raw: string) => {
    const r = parseReleaseDate(raw);
    return r.ok ? [r.value.toISO(), r.warning?.en.slice(0, 5)] : r.en;
  };
  assert.equal(warned("1400-01-02 00:15"), ["2021-03-22T01:15:00.000+04:30", "00:15"]);
  assert.equal(warned("2021-03-22T00:30"), ["2021-03-22T01:30:00.000+04:30", "00:30"]);
  assert.equal(warned("۱۳۹۹/۰۱/۰۲ ۰۰:۴۵"), ["2020-03-21T01:45:00.000+04:30", "00:45"]);
  assert.equal(warned("١٣٩٨-٠١-٠٢ ٠٠:٥٩"), ["2019-03-22T01:59:00.000+04:30", "00:59"]);
  assert.equal(warned("2008-03-21 00:00"), ["2008-03-21T01:00:00.000+04:30", "00:00"]);
  // Just outside the gap, after DST was abolished, and with an explicit offset: no warning.
  assert.equal(warned("1401-01-02 01:00"), ["2022-03-22T01:00:00.000+04:30", undefined]);
  assert.equal(warned("1402-01-02 00:30"), ["2023-03-22T00:30:00.000+03:30", undefined]);
  assert.equal(warned("2021-03-22T00:30+03:30"), ["2021-03-22T01:30:00.000+04:30", undefined]);
});

test("parseReleaseDate :: direction marks copied from a date display are not part of the date", () => {
  assert.is(iso("\u200F1404-06-25 10:30\u200E"), "2025-09-16T10:30:00.000+03:30");
  assert.is(iso("۱۴۰۴/۰۶/۲۵\u200F ۱۰:۳۰"), "2025-09-16T10:30:00.000+03:30");
});

test.run();
