import { test } from "uvu";
import * as assert from "uvu/assert";
import { fold } from "../../src/persian/fold.js";

test("fold :: Arabic yeh and kaf become Persian", () => {
  assert.is(fold("بيمه كارگران"), "بیمه کارگران");
  assert.is(fold("مصطفى"), "مصطفی");
});

test("fold :: Latin and Arabic-Indic digits become Persian", () => {
  assert.is(fold("1404"), "۱۴۰۴");
  assert.is(fold("١٤٠٤"), "۱۴۰۴");
  assert.is(fold("۱۴۰۴"), "۱۴۰۴");
});

test("fold :: tatweel and diacritics are dropped", () => {
  assert.is(fold("كـــارگر"), "کارگر");
  assert.is(fold("مُدیرِ کُل"), "مدیر کل");
  assert.is(fold("مجموعهٔ"), "مجموعه");
  assert.is(fold("مجموعۀ"), "مجموعه");
});

test("fold :: ZWNJ is kept, Latin letters untouched", () => {
  assert.is(fold("اداره‌کل ILNA"), "اداره‌کل ILNA");
});

test("fold :: idempotent", () => {
  const once = fold("كارگران بيمه‌شده ١٤٠٤ مُدیرِ");
  assert.is(fold(once), once);
});

test.run();
