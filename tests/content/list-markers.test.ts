import { test } from "uvu";
import * as assert from "uvu/assert";
import { latinListMarkers } from "../../src/content/list-markers.ts";

test("latinListMarkers :: markers only, same length, what was rewritten", () => {
  const src = "۱. اول ۲. نه\n  ٢) دوم\n> ۱۲. نقل\n- ۳. زیر\nمتن ۴. نه";
  const { src: out, rewritten } = latinListMarkers(src);
  assert.is(out, "1. اول ۲. نه\n  2) دوم\n> 12. نقل\n- 3. زیر\nمتن ۴. نه");
  assert.is(out.length, src.length);
  assert.equal(rewritten.map((r) => [r.line, r.latin, r.original]), [[0, "1.", "۱."], [1, "2)", "٢)"], [2, "12.", "۱۲."], [3, "3.", "۳."]]);
});

test("latinListMarkers :: code blocks, indented code and non-markers untouched", () => {
  for (const src of ["```\n۱. کد\n```", "~~~~\n۱. کد\n~~~~", "    ۱. کد", "۱.۵ درصد", "۱- اول", "۱۲۳۴۵۶۷۸۹۰. بیش از نه رقم"]) {
    assert.is(latinListMarkers(src).src, src, src);
  }
  // After a fence closes, markers count again; an indented marker under a list item is nested.
  assert.is(latinListMarkers("```\nکد\n```\n۱. اول").src, "```\nکد\n```\n1. اول");
  assert.is(latinListMarkers("۱. اول\n    ۱. زیر").src, "1. اول\n    1. زیر");
});

test.run();
