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

test.run();
