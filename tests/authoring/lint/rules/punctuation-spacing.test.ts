import { test } from "uvu";
import * as assert from "uvu/assert";
import { punctuationSpacing } from "../../../../src/authoring/lint/rules/punctuation-spacing.ts";
import { changes, fixBody, warnings } from "./lint-with.ts";

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

test("punctuationSpacing :: regression: a space before a colon («وی افزود :»)", () => {
  assert.equal(changes(punctuationSpacing, "وی افزود : کار"), ["افزود : → افزود:"]);
});

test("punctuationSpacing :: a space before : ! ، . ؟ after a Persian word, in body and front matter", () => {
  assert.equal(changes(punctuationSpacing, "وی گفت :\n\nچه خوب ! و کار ، تلاش . سپس چرا ؟ «نقل» :"), [
    "گفت : → گفت:", "خوب ! → خوب!", "کار ، → کار،", "تلاش . → تلاش.", "چرا ؟ → چرا؟", " : → :",
  ]);
  const [w] = warnings(punctuationSpacing, "متن", 'title: "مدیرکل گفت : اشتغال اولویت است"');
  assert.equal([w?.field, w?.replacement], ["title", "گفت:"]);
  assert.is(fixBody("وی افزود : کار"), "وی افزود: کار");
});

test("punctuationSpacing :: near misses for the colon: times, Latin, emoticons, a colon with no space", () => {
  assert.equal(changes(punctuationSpacing, "ساعت ۱۰ : ۳۰ و Note : yes و سلام :) و گفت: خوب"), []);
});

test.run();
