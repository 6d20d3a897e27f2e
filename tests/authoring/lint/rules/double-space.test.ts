import { test } from "uvu";
import * as assert from "uvu/assert";
import { doubleSpace } from "../../../../src/authoring/lint/rules/double-space.ts";
import { changes, fixBody } from "./lint-with.ts";

test("doubleSpace :: two spaces, and a space with a no-break space (pasted text)", () => {
  assert.equal(changes(doubleSpace, "به  نقل و به \u00A0گزارش"), ["به  نقل → به نقل", "به \u00A0گزارش → به گزارش"]);
});

test("doubleSpace :: near misses: indentation, Markdown hard breaks, YAML block lines", () => {
  assert.equal(changes(doubleSpace, "متن:\n\n    کد  تورفته"), []);
  assert.equal(changes(doubleSpace, "خط اول  \nخط دوم"), []);
  assert.equal(changes(doubleSpace, "متن.", "title: تیتر آزمایشی خبر\nlead: >-\n  خط اول لید\n  خط دوم لید"), []);
});

test("doubleSpace :: fixed by --fix", () => {
  assert.is(fixBody("به  نقل"), "به نقل");
});

test.run();
