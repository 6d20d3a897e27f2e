import { test } from "uvu";
import * as assert from "uvu/assert";
import { zwnjAffixes } from "../../../../src/authoring/lint/rules/zwnj-affixes.ts";
import { changes, fixBody, warnings } from "./lint-with.ts";

test("zwnjAffixes :: spaced prefixes می، نمی، بی", () => {
  assert.equal(changes(zwnjAffixes, "کار می شود و نمی توان و بی شک"), ["می شود → می‌شود", "نمی توان → نمی‌توان", "بی شک → بی‌شک"]);
});

test("zwnjAffixes :: spaced suffixes ها، های، ترین", () => {
  assert.equal(changes(zwnjAffixes, "کتاب ها و آسیب های جدی و بزرگ ترین طرح"), ["کتاب ها → کتاب‌ها", "آسیب های → آسیب‌های", "بزرگ ترین → بزرگ‌ترین"]);
});

test("zwnjAffixes :: «تر» alone is shown but left to the author (خرمای تر: fresh dates)", () => {
  const [w] = warnings(zwnjAffixes, "بزرگ تر");
  assert.is(w?.replacement, "بزرگ‌تر");
  assert.is(w?.safe, false);
  assert.is(fixBody("بزرگ تر و خرمای تر"), "بزرگ تر و خرمای تر");
});

test("zwnjAffixes :: near misses: words that start with می, pronoun suffixes, already joined", () => {
  assert.equal(changes(zwnjAffixes, "میز و میوه و میدان"), []);
  assert.equal(changes(zwnjAffixes, "سلام ای دوست و در شان مردم"), []);
  assert.equal(changes(zwnjAffixes, "می‌شود و کتاب‌ها"), []);
});

test("zwnjAffixes :: the message shows how to type the ZWNJ", () => {
  const [w] = warnings(zwnjAffixes, "می شود");
  assert.ok(w?.fa.includes("«می» + نیم‌فاصله + «شود»"), w?.fa);
  assert.ok(w?.en.includes("«می» + ZWNJ + «شود»"), w?.en);
});

const Z = "\u200c";

test("zwnjAffixes :: regression: «کرده اند», «خانه ای» were missed", () => {
  assert.equal(changes(zwnjAffixes, "کرده اند و خانه ای"), [`کرده اند → کرده${Z}اند`, `خانه ای → خانه${Z}ای`]);
});

test("zwnjAffixes :: ای، ام، ایم، اید، اند، اش، ات after a silent ه, in body and front matter", () => {
  assert.equal(changes(zwnjAffixes, "رفته ایم، گفته اید، نامه ام، خانه اش، اجازه ات، نامه ای به وزیر، آمده اند"), [
    `رفته ایم → رفته${Z}ایم`, `گفته اید → گفته${Z}اید`, `نامه ام → نامه${Z}ام`, `خانه اش → خانه${Z}اش`,
    `اجازه ات → اجازه${Z}ات`, `نامه ای → نامه${Z}ای`, `آمده اند → آمده${Z}اند`,
  ]);
  const [w] = warnings(zwnjAffixes, "متن", "lead: کارگران ثبت‌نام کرده اند و منتظرند.");
  assert.equal([w?.field, w?.replacement], ["lead", `کرده${Z}اند`]);
  assert.is(fixBody("آنان آمده اند و برنامه ای دارند"), `آنان آمده${Z}اند و برنامه${Z}ای دارند`);
});

test("zwnjAffixes :: near misses for ای/اند: not after a short word or another letter, not «است»", () => {
  assert.equal(changes(zwnjAffixes, "به ای، که اش، چه اند، سلام ای دوست، کرده است، کارگر اند، خانه ایران"), []);
});

test("zwnj-affixes :: regression: a suffix right before a masked run (closing quote, link, code) is still found", () => {
  assert.equal(changes(zwnjAffixes, "متن", 'title: "روابط عمومی اعلام کرده اند"'), ["کرده اند → کرده\u200cاند"]);
  assert.equal(changes(zwnjAffixes, "متن", "title: 'وی گفت: این خانه ای'"), ["خانه ای → خانه\u200cای"]);
  assert.equal(changes(zwnjAffixes, "متن", 'title: "کار \\"را\\" کرده اند"'), ["کرده اند → کرده\u200cاند"]);
  assert.equal(fixBody("[آنها گفته اند](https://x.ir/a) و خانه ای`کد`"), "[آنها گفته\u200cاند](https://x.ir/a) و خانه\u200cای`کد`");
  // The masked text itself never changes: a URL path with a space-like mask next to ها stays.
  assert.equal(fixBody("<https://x.ir/کتاب> ها"), "<https://x.ir/کتاب> ها");
});

test.run();
