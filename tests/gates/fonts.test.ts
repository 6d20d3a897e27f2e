import { test } from "uvu";
import * as assert from "uvu/assert";
import { fontProblems, rangeCovers } from "../../src/gates/fonts.ts";
import { grouped } from "../../src/gates/html-validate.ts";
import { isExternal } from "../../src/gates/links.ts";
import { urlPathOf } from "../../src/gates/site-files.ts";

const ARABIC = "U+600-6FF, U+750-77F, U+200C-200E";
const LATIN = "U+0-FF, U+131, U+2000-206F";

test("rangeCovers :: ranges, single points and wildcards", () => {
  assert.ok(rangeCovers(ARABIC, 0x0633));
  assert.ok(rangeCovers(ARABIC, 0x200c));
  assert.not.ok(rangeCovers(ARABIC, 0x41));
  assert.ok(rangeCovers(LATIN, 0x131));
  assert.ok(rangeCovers("U+4??", 0x4ff));
  assert.not.ok(rangeCovers("U+4??", 0x500));
});

test("fontProblems :: loaded Vazirmatn passes; a fallback, a failed face or no face fails", () => {
  const good = { faces: [{ status: "loaded", unicodeRange: ARABIC }, { status: "unloaded", unicodeRange: LATIN }], check: true, bodyFamily: "Vazirmatn, Tahoma, sans-serif" };
  assert.equal(fontProblems(good), []);
  assert.equal(fontProblems({ ...good, bodyFamily: '"Vazirmatn", Tahoma' }), []);
  assert.equal(fontProblems({ ...good, bodyFamily: "Tahoma, Vazirmatn" }), ["body font-family is «Tahoma, Vazirmatn», not Vazirmatn first"]);
  assert.equal(fontProblems({ faces: [], check: true, bodyFamily: "Vazirmatn" }), ["no @font-face for Vazirmatn in document.fonts"]);
  const failed = fontProblems({ ...good, faces: [{ status: "error", unicodeRange: ARABIC }], check: false });
  assert.is(failed.length, 3);
  assert.match(failed[0]!, /failed to load/);
  assert.match(failed[1]!, /Persian letters is not loaded/);
});

test("helpers :: grouping, URL paths, external links", () => {
  assert.equal(grouped(new Map([["r: m", ["a.html:1:1", "a.html:2:1", "b.html:3:4", "c.html:1:1"]]])), ["r: m — 4× on 3 pages: a.html:1:1, a.html:2:1, b.html:3:4, …"]);
  assert.is(urlPathOf("index.html"), "/");
  assert.is(urlPathOf("topics/employment/index.html"), "/topics/employment/");
  assert.is(urlPathOf("404.html"), "/404.html");
  assert.ok(isExternal("https://eitaa.com/share/url?url=x", "http://127.0.0.1:4000"));
  assert.not.ok(isExternal("http://127.0.0.1:4000/releases/1/", "http://127.0.0.1:4000"));
  assert.ok(isExternal("http://127.0.0.1:4001/", "http://127.0.0.1:4000"));
  assert.not.ok(isExternal("mailto:pr@example.ir", "http://127.0.0.1:4000"));
});

test.run();
