import { test } from "uvu";
import * as assert from "uvu/assert";
import { needlessZwnj } from "../../../../src/authoring/lint/rules/needless-zwnj.ts";
import { zwnjAffixes } from "../../../../src/authoring/lint/rules/zwnj-affixes.ts";
import { changes, fixBody, warnings } from "./lint-with.ts";

const Z = "\u200c";

test("needlessZwnj :: regression: a ZWNJ after a letter that never joins (کارگر‌ها، کار‌ها)", () => {
  assert.equal(changes(needlessZwnj, `کارگر${Z}ها و کار${Z}ها`), [`کارگر${Z}ها → کارگرها`, `کار${Z}ها → کارها`]);
});

test("needlessZwnj :: after ا د ذ ر ز ژ و ء, doubled, next to a space or a mark, in any field", () => {
  assert.equal(changes(needlessZwnj, `دانشجو${Z}ها، کاغذ${Z}ها، جزء${Z}ها، استاد${Z}ها و نمی${Z}${Z}شود و کتاب${Z} ها و ${Z}سلام`), [
    `دانشجو${Z}ها → دانشجوها`, `کاغذ${Z}ها → کاغذها`, `جزء${Z}ها → جزءها`, `استاد${Z}ها → استادها`,
    `نمی${Z}${Z}شود → نمی${Z}شود`, `کتاب${Z} ها → کتاب ها`, `و ${Z}سلام → و سلام`,
  ]);
  const [w] = warnings(needlessZwnj, "متن", `kicker: مدیرکل کار${Z}ها را گفت`);
  assert.equal([w?.field, w?.replacement], ["kicker", "کارها"]);
});

test("needlessZwnj :: near misses: ZWNJs that join, Latin and code", () => {
  assert.equal(changes(needlessZwnj, `می${Z}شود و کتاب${Z}ها و خانه${Z}ای و اداره${Z}کل و \`کار${Z}ها\``), []);
});

test("needlessZwnj :: the lint's own fixes never add one (کار ها → کارها, not کار‌ها)", () => {
  assert.equal(changes(zwnjAffixes, "کار ها و کارگر ها و دور ترین و دانشجو های"), ["کار ها → کارها", "کارگر ها → کارگرها", "دور ترین → دورترین", "دانشجو های → دانشجوهای"]);
  assert.is(fixBody(`کار ها و کارگر${Z}ها و کار¬ها`), "کارها و کارگرها و کارها");
});

test("needlessZwnj :: the message", () => {
  const [w] = warnings(needlessZwnj, `کار${Z}ها`);
  assert.is(w?.fa, "نیم‌فاصلهٔ بی‌جا؛ پس از «ا د ذ ر ز ژ و» و کنار فاصله یا نشانه نیم‌فاصله لازم نیست (کارها، نه کار‌ها)");
});

test.run();
