import { test } from "uvu";
import * as assert from "uvu/assert";
import { arabicLetters } from "../../../../src/authoring/lint/rules/arabic-letters.ts";
import { changes, fixBody } from "./lint-with.ts";

test("arabicLetters :: Arabic yeh and kaf, one warning per word", () => {
  assert.equal(changes(arabicLetters, "كارگران يك روز"), ["كارگران → کارگران", "يك → یک"]);
});

test("arabicLetters :: alef maksura", () => {
  assert.equal(changes(arabicLetters, "حتى امروز"), ["حتى → حتی"]);
});

test("arabicLetters :: near misses: Persian letters, a URL, a code span", () => {
  assert.equal(changes(arabicLetters, "کارگران یک روز"), []);
  assert.equal(changes(arabicLetters, "نشانی https://example.ir/كار را ببینید"), []);
  assert.equal(changes(arabicLetters, "دستور `كار` را بزنید"), []);
});

test("arabicLetters :: fixed by --fix", () => {
  assert.is(fixBody("كارگران يك روز"), "کارگران یک روز");
});

test.run();
