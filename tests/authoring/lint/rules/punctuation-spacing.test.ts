import { test } from "uvu";
import * as assert from "uvu/assert";
import { punctuationSpacing } from "../../../../src/authoring/lint/rules/punctuation-spacing.ts";
import { changes, fixBody } from "./lint-with.ts";

test("punctuationSpacing :: a space before ، ؛ ؟ .", () => {
  assert.equal(changes(punctuationSpacing, "تعاون ، کار ؛ چرا ؟ پایان ."), ["تعاون ، → تعاون،", "کار ؛ → کار؛", "چرا ؟ → چرا؟", "پایان . → پایان."]);
});

test("punctuationSpacing :: no space after", () => {
  assert.equal(changes(punctuationSpacing, "تعاون،کار؛رفاه"), ["تعاون،کار؛رفاه → تعاون، کار؛ رفاه"]);
  assert.equal(changes(punctuationSpacing, "پایان.آغاز"), ["پایان.آغاز → پایان. آغاز"]);
});

test("punctuationSpacing :: near misses: numbers, domains, ellipses, quotes, colons, Latin", () => {
  assert.equal(changes(punctuationSpacing, "رشد ۱۲.۵ درصد"), []);
  assert.equal(changes(punctuationSpacing, "نشانی www.example.ir است"), []);
  assert.equal(changes(punctuationSpacing, "و... و …"), []);
  assert.equal(changes(punctuationSpacing, "گفت: «سلام.»"), []);
  assert.equal(changes(punctuationSpacing, "گفت:سلام"), []);
  assert.equal(changes(punctuationSpacing, "e.g. a.b"), []);
});

test("punctuationSpacing :: fixed by --fix", () => {
  assert.is(fixBody("تعاون ،کار"), "تعاون، کار");
});

test.run();
