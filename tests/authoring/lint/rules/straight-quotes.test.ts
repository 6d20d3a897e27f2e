import { test } from "uvu";
import * as assert from "uvu/assert";
import { straightQuotes } from "../../../../src/authoring/lint/rules/straight-quotes.ts";
import { changes, fixBody } from "./lint-with.ts";

test("straightQuotes :: straight and English quotes around Persian", () => {
  assert.equal(changes(straightQuotes, 'گفت "سلام" و “درود”'), ['"سلام" → «سلام»', "“درود” → «درود»"]);
});

test("straightQuotes :: a pair around several words is two warnings, fixed together", () => {
  assert.equal(changes(straightQuotes, 'گفت "استخر باز می‌شود"'), ['"استخر → «استخر', 'می‌شود" → می‌شود»']);
  assert.is(fixBody('گفت "استخر باز می شود".'), "گفت «استخر باز می‌شود».");
});

test("straightQuotes :: near misses: a lone quote, code, apostrophes, English", () => {
  assert.equal(changes(straightQuotes, 'دو اینچ" است'), []);
  assert.equal(changes(straightQuotes, 'دستور `echo "x"` را بزنید'), []);
  assert.equal(changes(straightQuotes, "گفت 'سلام'"), []);
  assert.equal(changes(straightQuotes, 'He said "yes" today.'), []);
});

test.run();
