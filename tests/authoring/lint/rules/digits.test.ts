import { test } from "uvu";
import * as assert from "uvu/assert";
import { digits } from "../../../../src/authoring/lint/rules/digits.ts";
import { changes, fixBody } from "./lint-with.ts";

test("digits :: Latin and Arabic-Indic digits in Persian text", () => {
  assert.equal(changes(digits, "در سال 1404 و ١٤٠٣"), ["1404 → ۱۴۰۴", "١٤٠٣ → ۱۴۰۳"]);
});

test("digits :: decimal and thousands separators become Persian", () => {
  assert.equal(changes(digits, "رشد 12.5 درصدی و 1,250,000 ریال"), ["12.5 → ۱۲٫۵", "1,250,000 → ۱٬۲۵۰٬۰۰۰"]);
});

test("digits :: an English sentence with digits is untouched", () => {
  const body = "The ministry said 25 workers were hired in 2025.";
  assert.equal(changes(digits, body), []);
  assert.is(fixBody(body), body);
});

test("digits :: https://example.ir/1404 is untouched", () => {
  const body = "متن کامل در https://example.ir/1404 آمده است.";
  assert.equal(changes(digits, body), []);
  assert.is(fixBody(body), body);
});

test("digits :: near misses: Latin context, code, phone numbers, list numbers, link targets", () => {
  assert.equal(changes(digits, "به گزارش ILNA 2025 و استاندارد ISO 9001:2015 و COVID-19"), []);
  assert.equal(changes(digits, "دستور `npm run 12` را بزنید"), []);
  assert.equal(changes(digits, "تلفن 071-32000000 و +98 71 3200 0000"), []);
  assert.equal(changes(digits, "1. مورد اول\n2. مورد دوم"), []);
  assert.equal(changes(digits, "[پیوند](https://x.ir/12) و ![تصویر](./a-3.jpg)"), []);
  assert.equal(changes(digits, "سال ۱۴۰۴"), []);
});

test("digits :: front-matter keys and dates are not prose", () => {
  assert.equal(changes(digits, "متن.", "title: تیتر آزمایشی خبر\nkicker: روتیتر"), []);
});

test("digits :: fixed by --fix, Latin context kept", () => {
  assert.is(fixBody("ILNA 2025 در سال 1404"), "ILNA 2025 در سال ۱۴۰۴");
});

test.run();
