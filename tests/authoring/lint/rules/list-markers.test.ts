import { test } from "uvu";
import * as assert from "uvu/assert";
import { listMarkers } from "../../../../src/authoring/lint/rules/list-markers.ts";
import { renderBody } from "../../../../src/content/markdown.ts";
import { changes, fixBody, warnings } from "./lint-with.ts";

test("listMarkers :: a list numbered «۱-» would be one paragraph: «۱.» is the fix", () => {
  assert.equal(changes(listMarkers, "۱- ثبت‌نام\n۲- مصاحبه"), ["۱- → ۱.", "۲- → ۲."]);
  const fixed = fixBody("۱- ثبت‌نام\n۲- مصاحبه");
  assert.is(fixed, "۱. ثبت‌نام\n۲. مصاحبه");
  assert.is(renderBody(fixed), "<ol>\n<li>ثبت‌نام</li>\n<li>مصاحبه</li>\n</ol>\n");
});

test("listMarkers :: Arabic-Indic and Latin digits, a space before the dash, an en dash, blank lines between", () => {
  assert.equal(changes(listMarkers, "١- الف\n٢- ب"), ["١- → ١.", "٢- → ٢."]);
  assert.equal(changes(listMarkers, "1 - الف\n\n2 - ب"), ["1 - → 1.", "2 - → 2."]);
  assert.equal(changes(listMarkers, "۳– سوم\n۴– چهارم"), ["۳– → ۳.", "۴– → ۴."]);
  // The digits rule makes the Latin numbers Persian in the same pass: still a list.
  assert.is(fixBody("1 - الف\n\n2 - ب"), "۱. الف\n\n۲. ب");
});

test("listMarkers :: near misses: one line, ranges, phone numbers, a dash inside a sentence, front matter", () => {
  assert.equal(changes(listMarkers, "۱- تنها یک خط"), []);
  assert.equal(changes(listMarkers, "۱۰-۱۲ نفر\n۱۲-۱۴ نفر"), []);
  assert.equal(changes(listMarkers, "۰۷۱-۳۲۰۰۰۰۰۲ تلفن\n۰۷۱-۳۲۰۰۰۰۰۳ دورنگار"), []);
  assert.equal(changes(listMarkers, "در سال ۱۴۰۴ - ۱۴۰۵ و\nسپس ۲ - ۳ نفر"), []);
  assert.equal(warnings(listMarkers, "متن", "lead: >-\n  ۱- اول\n  ۲- دوم"), []);
});

test("listMarkers :: the message", () => {
  const [w] = warnings(listMarkers, "۱- اول\n۲- دوم");
  assert.is(w?.fa, "فهرست شماره‌دار با «۱-» نوشته شده و در سایت یک بند پیوسته می‌شود؛ «۱.» بنویسید");
  assert.is(w?.found, "۱-");
});

test.run();
