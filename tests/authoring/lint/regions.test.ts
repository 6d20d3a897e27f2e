import { test } from "uvu";
import * as assert from "uvu/assert";
import { findRegions } from "../../../src/authoring/lint/regions.ts";

const values = (text: string) => findRegions(text).map((r) => [r.field, text.slice(r.start, r.end)]);

test("findRegions :: prose fields and the body, nothing else", () => {
  const text = "---\ncode: 1\ntitle: تیتر خبر\nkicker: روتیتر # یادداشت\ndate: 1404-06-25 10:30\ntopics: [employment]\n---\nمتن خبر\n";
  assert.equal(values(text), [["title", "تیتر خبر"], ["kicker", "روتیتر"], ["body", "متن خبر\n"]]);
});

test("findRegions :: quoted values without their quotes, block and multi-line values", () => {
  const text = `---\ntitle: "گفت \\"سلام\\""\nkicker: 'روز ''کار'''\nlead: >-\n  خط یک\n  خط دو\ndate: x\n---\n`;
  const regions = findRegions(text);
  assert.equal(values(text), [["title", 'گفت \\"سلام\\"'], ["kicker", "روز ''کار''"], ["lead", "  خط یک\n  خط دو"]]);
  assert.is(regions[0]?.quoted, "double");
  assert.is(regions[1]?.quoted, "single");
});

test("findRegions :: nested prose: caption, update notes, withdrawal reason", () => {
  const text = [
    "---", "image:", "  src: ./a.jpg", "  alt: شرح", "  caption: زیرنویس", "updates:", "  - date: 1404-06-26 09:00",
    "    note: یک", "  - note: دو", "    date: 1404-06-27 09:00", "withdrawn:", "  date: 1404-07-01 09:00", "  reason: دلیل", "---", "",
  ].join("\n");
  assert.equal(values(text), [["image.caption", "زیرنویس"], ["updates[1].note", "یک"], ["updates[2].note", "دو"], ["withdrawn.reason", "دلیل"]]);
});

test("findRegions :: flow mappings are skipped; no front matter, no regions", () => {
  assert.equal(values("---\nwithdrawn: {date: x, reason: دلیل}\n---\n"), []);
  assert.equal(findRegions("متن بدون مشخصات"), []);
});

test.run();
