import { test } from "uvu";
import * as assert from "uvu/assert";
import { boundText, formatProblem, quoteFound } from "../../src/content/problem.ts";

test("quoteFound :: regression: a huge value is bounded before it is serialised", () => {
  const title = "الف".repeat(5_000_000);
  assert.is(quoteFound(title), `${"الف".repeat(19)}ال…`);
  const list = Array.from({ length: 1_000_000 }, (_, i) => `topic-${i}`);
  const quoted = quoteFound(list);
  assert.ok(quoted.startsWith('["topic-0","topic-1",'), quoted);
  assert.is([...quoted].length, 60);
  let deep: unknown = "x";
  for (let i = 0; i < 100_000; i++) deep = [deep];
  assert.ok(quoteFound(deep).startsWith("[[[["));
  const wide = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]));
  assert.ok(quoteFound(wide).startsWith('{"k0":0,"k1":1,'));
});

test("quoteFound :: short values as typed, on one line, invisible marks shown", () => {
  assert.is(quoteFound("  تیتر\n  دوم  "), "تیتر دوم");
  assert.is(quoteFound(["employment", 2]), '["employment",2]');
  assert.is(quoteFound({ src: "./a.jpg" }), '{"src":"./a.jpg"}');
  assert.is(quoteFound("1404-06-25\u200F"), "1404-06-25⟨U+200F⟩");
  assert.is(quoteFound(true), "true");
  assert.is(boundText("a".repeat(70)), `${"a".repeat(59)}…`);
});

test("formatProblem :: a syntax error carries the file's line", () => {
  assert.is(formatProblem({ file: "releases/a.md", line: 4, field: "title", fa: "فا", en: "en", severity: "error" }), "releases/a.md:4: title: فا\n    en");
});

test.run();
