import { test } from "uvu";
import * as assert from "uvu/assert";
import { compileHouseWords } from "../../../../src/authoring/lint/house-list.ts";
import { lintText } from "../../../../src/authoring/lint/lint-text.ts";
import { houseWords } from "../../../../src/authoring/lint/rules/house-words.ts";
import { changes, release } from "./lint-with.ts";

test("houseWords :: the reference release's joined words", () => {
  assert.equal(
    changes(houseWords, "ادارهکل تعاون دنبال میشود و برنامهریزی زیرساختها"),
    ["ادارهکل → اداره‌کل", "میشود → می‌شود", "برنامهریزی → برنامه‌ریزی", "زیرساختها → زیرساخت‌ها"],
  );
});

test("houseWords :: spaced compounds and joined verbs of the list", () => {
  assert.equal(changes(houseWords, "اداره کل و آماده سازی و مدیرکل خبرداد"), ["اداره کل → اداره‌کل", "آماده سازی → آماده‌سازی", "خبرداد → خبر داد"]);
});

test("houseWords :: found with Arabic letters too", () => {
  assert.equal(changes(houseWords, "ميشود"), ["ميشود → می‌شود"]);
});

test("houseWords :: near misses: correct forms, longer words, code", () => {
  assert.equal(changes(houseWords, "اداره‌کل تعاون می‌شود"), []);
  assert.equal(changes(houseWords, "میشودها و بازیرساختها"), []);
  assert.equal(changes(houseWords, "دستور `ادارهکل`"), []);
});

test("houseWords :: staff can extend the list", () => {
  const context = { houseWords: compileHouseWords({ "کارگروهها": "کارگروه‌ها" }) };
  const [w] = lintText(release("جلسه کارگروهها"), "x.md", context, [houseWords]);
  assert.is(w?.replacement, "کارگروه‌ها");
});

test.run();
