import { test } from "uvu";
import * as assert from "uvu/assert";
import { checkFileSlug, checkText, fileStem, nextCode, normaliseJalali, yearFolder } from "../../src/admin/checks.ts";
import { fromReleaseFile, toReleaseFile } from "../../src/admin/format.ts";
import { RELEASE_FIELDS } from "../../src/content/schema.ts";

test("desk checks :: Jalali date-times typed with Persian, Arabic-Indic or Latin digits are stored in one form", () => {
  for (const [typed, stored] of [
    ["۱۴۰۴-۰۷-۰۱ ۰۹:۱۵", "1404-07-01 09:15"],
    ["۱۴۰۴/۷/۱ ۹:۱۵", "1404-07-01 09:15"],
    ["١٤٠٤-٠٧-٠١ ٠٩:١٥", "1404-07-01 09:15"],
    [" 1404-12-29  23:59 ", "1404-12-29 23:59"],
    ["1403-12-30 08:00", "1403-12-30 08:00"], // 1403 is a leap year
    ["2025-09-16T10:30:00+03:30", "1404-06-25 10:30"], // an older file's ISO date reads
  ]) assert.equal(normaliseJalali(typed as string), { value: stored }, typed);
});

test("desk checks :: impossible or unreadable dates give the loader's Persian message", () => {
  const error = (typed: string) => {
    const r = normaliseJalali(typed);
    return "error" in r ? r.error : "";
  };
  assert.match(error("۱۴۰۴-۱۲-۳۰ ۱۰:۰۰"), "چنین روزی در تقویم شمسی نیست؛ ماه 12 سال 1404 29 روز دارد");
  assert.match(error("1404-13-01 10:00"), "ماه باید ۱ تا ۱۲ باشد");
  assert.match(error("1404-06-25"), "ساعت ندارد");
  assert.match(error("1404-06-25 24:10"), "ساعت نادرست است");
  assert.match(error("فردا"), "تاریخ و ساعت خوانا نیست");
  assert.match(error(""), "لازم است");
});

test("desk checks :: text lengths are counted as the loader counts them, with its message", () => {
  const title = RELEASE_FIELDS.title;
  assert.is(checkText(title, "کوتاه"), "تیتر 5 نویسه دارد؛ باید بین 10 تا 120 نویسه باشد");
  assert.is(checkText(title, "  بهسازی   استخر  آغاز شد "), undefined);
  assert.is(checkText(title, "ی".repeat(121)), "تیتر 121 نویسه دارد؛ باید بین 10 تا 120 نویسه باشد");
  assert.is(checkText(title, "بهسازی استخر\nآغاز شد در کازرون"), "تیتر باید یک خط باشد");
  assert.match(checkText(title, "") ?? "", "تیتر لازم است");
  assert.is(checkText(RELEASE_FIELDS.kicker, ""), undefined, "an optional field may stay empty");
  assert.is(checkText(RELEASE_FIELDS.lead, "خط اول لید که بلند است و\nخط دوم لید که ادامه دارد تا چهل نویسه"), undefined, "the lead may wrap");
});

test("desk checks :: file names are Latin words; the stem pads the code; the year folder comes from the date", () => {
  for (const ok of ["kazerun-pool", "job-fair-1404", "a"]) assert.is(checkFileSlug(ok), undefined, ok);
  for (const bad of ["Kazerun Pool!", "استخر", "kazerun_pool", "-pool", "pool-", "pool--x", "../x", ""]) assert.ok(checkFileSlug(bad), bad);
  assert.is(fileStem(16, "kazerun-pool"), "0016-kazerun-pool");
  assert.is(fileStem(12345, "x"), "12345-x");
  assert.is(yearFolder("1404-07-01 09:15"), "1404");
  assert.is(yearFolder("۱۴۰۴"), "");
});

test("desk checks :: the next code is one more than the highest used or retired", () => {
  assert.is(nextCode([]), 1);
  assert.is(nextCode([3, 15, 7]), 16);
  assert.is(nextCode([3, Number.NaN, 20]), 21);
});

test("desk format :: a release file with keys in the schema's order, empty optional fields and form-only fields left out", () => {
  const text = toReleaseFile({
    body: "متن خبر.\r\n\r\nبند دوم.", filename: "0016-kazerun-pool", year: "1404", kicker: "", county: "kazerun", code: 16,
    title: "بهسازی استخر کارگران کازرون آغاز شد", lead: "لید خبر", date: "1404-07-01 09:15", topics: ["employment"],
    image: { src: "kazerun-pool.jpg", alt: "نمای استخر", caption: "" }, attachments: [], updates: [], withdrawn: { date: "", reason: "" }, draft: true,
  });
  assert.is(text, [
    "---", "code: 16", "title: بهسازی استخر کارگران کازرون آغاز شد", "lead: لید خبر", "date: 1404-07-01 09:15", "county: kazerun",
    "topics:", "  - employment", "image:", "  src: kazerun-pool.jpg", "  alt: نمای استخر", "draft: true", "---", "متن خبر.", "", "بند دوم.", "",
  ].join("\n"));
  const back = fromReleaseFile(text);
  assert.is(back.date, "1404-07-01 09:15", "dates stay text");
  assert.is(back.code, 16);
  assert.is(back.body, "متن خبر.\n\nبند دوم.\n");
});

test("desk format :: strings YAML would misread are quoted", () => {
  const text = toReleaseFile({ code: 1, title: "yes", lead: "- a list? no: a lead", topics: ["employment"], date: "1404-07-01 09:15", body: "x" });
  const back = fromReleaseFile(text);
  assert.is(back.title, "yes");
  assert.is(back.lead, "- a list? no: a lead");
});

test.run();
