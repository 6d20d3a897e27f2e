import { test } from "uvu";
import * as assert from "uvu/assert";
import { compileHouseWords } from "../../../../src/authoring/lint/house-list.ts";
import { lintText } from "../../../../src/authoring/lint/lint-text.ts";
import { houseWords } from "../../../../src/authoring/lint/rules/house-words.ts";
import { changes, release, warnings } from "./lint-with.ts";

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

test("houseWords :: regression: «ثبت نام», «بهره مند», «تا کنون» were missed", () => {
  assert.equal(changes(houseWords, "ثبت نام و بهره مند و تا کنون"), ["ثبت نام → ثبت\u200cنام", "بهره مند → بهره\u200cمند", "تا کنون → تاکنون"]);
});

test("houseWords :: the spaced and joined forms, Arabic ي/ك, front matter, longer forms", () => {
  assert.equal(changes(houseWords, "ثبتنام، بهرهمندی، بهره مندی، ثبت نام کنندگان، تا كنون"), [
    "ثبتنام → ثبت\u200cنام", "بهرهمندی → بهره\u200cمندی", "بهره مندی → بهره\u200cمندی",
    "ثبت نام کنندگان → ثبت\u200cنام\u200cکنندگان", "تا كنون → تاکنون",
  ]);
  const [w] = warnings(houseWords, "متن", "title: ثبت نام طرح اشتغال تا کنون ادامه دارد");
  assert.equal([w?.field, w?.replacement], ["title", "ثبت\u200cنام"]);
  assert.equal(changes(houseWords, "تا کنونی‌ترین"), []);
});

test.run();
