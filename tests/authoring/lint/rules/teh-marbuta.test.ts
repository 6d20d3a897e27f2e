import { test } from "uvu";
import * as assert from "uvu/assert";
import { tehMarbuta } from "../../../../src/authoring/lint/rules/teh-marbuta.ts";
import { changes, fixBody } from "./lint-with.ts";

test("tehMarbuta :: ة at the end of a word becomes ه", () => {
  assert.equal(changes(tehMarbuta, "مدرسة شهر و ادارة."), ["مدرسة → مدرسه", "ادارة → اداره"]);
});

test("tehMarbuta :: near misses: inside a word, ۀ and هٔ, a lone ة", () => {
  assert.equal(changes(tehMarbuta, "دایرةالمعارف"), []);
  assert.equal(changes(tehMarbuta, "ادارهٔ کل و ادارۀ شهر"), []);
  assert.equal(changes(tehMarbuta, "حرف ة"), []);
});

test("tehMarbuta :: fixed by --fix", () => {
  assert.is(fixBody("مدرسة شهر"), "مدرسه شهر");
});

test.run();
