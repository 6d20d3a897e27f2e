import { test } from "uvu";
import * as assert from "uvu/assert";
import { MASK } from "../../../src/authoring/lint/chars.ts";
import { maskText } from "../../../src/authoring/lint/mask.ts";
import { fixBody } from "./rules/lint-with.ts";

const shown = (body: string) =>
  maskText(body, [{ field: "body", start: 0, end: body.length, markdown: true }]).replace(new RegExp(`${MASK}+`, "g"), "▒");

test("maskText :: same length and line breaks; outside the regions everything is masked", () => {
  const text = "title: سال 2025\nبعد";
  const masked = maskText(text, [{ field: "title", start: 7, end: 15, markdown: false }]);
  assert.is(masked.length, text.length);
  assert.is(masked, `${MASK.repeat(7)}سال 2025\n${MASK.repeat(3)}`);
});

test("maskText :: Latin context, URLs, code, phone numbers and list numbers are masked; dates are prose", () => {
  assert.is(shown("به گزارش ILNA 2025 در سال 1404"), "به گزارش ▒ در سال 1404");
  assert.is(shown("نشانی https://example.ir/1404 و `کد 12`"), "نشانی ▒ و ▒");
  assert.is(shown("تلفن 071-32000000 و تاریخ 1404-06-25"), "تلفن ▒ و تاریخ 1404-06-25");
  assert.is(shown("1. اول\n2. دوم"), "▒ اول\n▒ دوم");
  assert.is(shown("The ministry said 25 workers were hired in 2025."), "▒.");
});

test("maskText :: Markdown code blocks, link targets, indentation and hard breaks", () => {
  assert.is(shown("```\nx 1\n```\nمتن"), "▒\n▒\n▒\nمتن");
  assert.is(shown("[پیوند ۱](https://x.ir/1)"), "[پیوند ۱▒");
  assert.is(shown("خط  \n    کد"), "خط▒\n▒");
});

test("maskText :: regression: an e-mail address with Arabic or Persian letters is never read or fixed", () => {
  assert.is(shown("نشانی كريم@example.com است"), "نشانی ▒ است");
  assert.is(shown("به يوسف_علي@كار.ir نامه بنويسيد"), "به ▒ نامه بنويسيد");
  assert.is(shown("ایمیل: info.کار@fars-labour.ir"), "ایمیل: ▒");
  assert.is(fixBody("نشانی كريم@example.com و علي.كاظمي@mcls.gov.ir است و كار را ببينيد"), "نشانی كريم@example.com و علي.كاظمي@mcls.gov.ir است و کار را ببینید");
});

test.run();
