import { test } from "uvu";
import * as assert from "uvu/assert";
import { diffHunks } from "../../../src/authoring/lint/diff.ts";

const apply = (a: string, b: string) =>
  diffHunks(a, b).reduceRight((out, h) => out.slice(0, h.start) + h.replacement + out.slice(h.end), a);

test("diffHunks :: a space that became a ZWNJ", () => {
  assert.equal(diffHunks("می شود", "می‌شود"), [{ start: 2, end: 3, replacement: "\u200c" }]);
});

test("diffHunks :: equal texts have no hunks", () => {
  assert.equal(diffHunks("اداره‌کل", "اداره‌کل"), []);
});

test("diffHunks :: substitutions, deletions and insertions apply back to the target", () => {
  for (const [a, b] of [
    ["سال 1404 و 12.5", "سال ۱۴۰۴ و ۱۲٫۵"], ["دو  فاصله   سه", "دو فاصله سه"], ["", "x"], ["x", ""], ["aXbYc", "abc"], ["ab", "xyz"],
  ] as const) {
    assert.is(apply(a, b), b, `${a} → ${b}`);
  }
});

test.run();
