import { test } from "uvu";
import * as assert from "uvu/assert";
import { toLatinDigits, toPersianDigits } from "../../src/persian/digits.ts";

test("toPersianDigits :: Latin and Arabic-Indic digits become Persian", () => {
  assert.is(toPersianDigits("کد خبر 142"), "کد خبر ۱۴۲");
  assert.is(toPersianDigits("١٤٠٤"), "۱۴۰۴");
  assert.is(toPersianDigits(1404), "۱۴۰۴");
  assert.is(toPersianDigits("0123456789"), "۰۱۲۳۴۵۶۷۸۹");
});

test("toPersianDigits :: leaves everything else alone", () => {
  assert.is(toPersianDigits("بدون عدد"), "بدون عدد");
  assert.is(toPersianDigits("۱۴۰۴"), "۱۴۰۴");
});

test("toLatinDigits :: Persian and Arabic-Indic digits become Latin", () => {
  assert.is(toLatinDigits("۱۴۰۴/۰۶/۲۵ ۱۰:۳۰"), "1404/06/25 10:30");
  assert.is(toLatinDigits("١٤٢"), "142");
  assert.is(toLatinDigits("code 7"), "code 7");
});

test.run();
