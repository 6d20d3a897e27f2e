import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadReleases } from "../../src/content/load-releases.ts";
import { formatProblem } from "../../src/content/problem.ts";
import { foldName, suggestKey } from "../../src/content/term-keys.ts";
import { base, validate, vocabulary } from "./validate-helper.ts";

const root = process.cwd();

test("term keys :: named fixture: county: شیراز suggests shiraz", () => {
  const { problems } = loadReleases({ root, releasesDir: path.join(root, "tests/fixtures/reader/persian-county") });
  assert.equal(problems.map(formatProblem), [
    "tests/fixtures/reader/persian-county/0001-pool.md: county: «شیراز» شهرستان ناشناخته است؛ یکی از کلیدهای _data/counties.json را بنویسید. به جای نام فارسی، کلید لاتین آن را بنویسید: «shiraz» (شیراز).\n" +
    "    «شیراز» is not a known county; use a key of _data/counties.json. Write the Latin key, not the Persian name: “shiraz” (شیراز).",
  ]);
});

test("term keys :: Persian names with Arabic letters, ZWNJ or space variants find their key", () => {
  for (const [typed, key] of [
    ["شيراز", "shiraz"], ["كازرون", "kazerun"], ["کوه چنار", "kuhchenar"], ["كوه‌چنار", "kuhchenar"],
    ["نی ریز", "neyriz"], ["نيريز", "neyriz"], ["قیروکارزین", "qirokarzin"], ["\u200Fفسا", "fasa"],
  ] as const) {
    assert.is(suggestKey(typed, vocabulary.counties)?.key, key, typed);
  }
  for (const [typed, key] of [
    ["اشتغال", "employment"], ["بیمه و تامین اجتماعی", "insurance"], ["مهارت آموزی", "skills-training"],
    ["تعاونيها", "cooperatives"], ["كارآفريني", "entrepreneurship"],
  ] as const) {
    assert.is(suggestKey(typed, vocabulary.topics)?.key, key, typed);
  }
});

test("term keys :: regression: nothing close, nothing suggested (new suggested «fasa» for any word)", () => {
  assert.is(suggestKey("تهران", vocabulary.counties), undefined);
  assert.is(suggestKey("xyzzy", vocabulary.counties), undefined);
  assert.is(suggestKey("kazeroon", vocabulary.counties)?.key, "kazerun");
  assert.is(foldName("كوه‌ چنار"), foldName("کوه‌چنار"));
});

test("term keys :: check suggests keys for Persian topics and counties in every field", () => {
  const r = validate({ ...base, county: "مرودشت", topics: ["اشتغال", "بیمه"] });
  assert.equal(r.problems.map((p) => [p.field, p.en.split(". ")[1]]), [
    ["county", "Write the Latin key, not the Persian name: “marvdasht” (مرودشت)."],
    ["topics[1]", "Write the Latin key, not the Persian name: “employment” (اشتغال)."],
    ["topics[2]", "Write the Latin key, not the Persian name: “insurance” (بیمه و تأمین اجتماعی)."],
  ]);
});

test("term keys :: named fixture: a Persian comma in topics separates items (accepted)", () => {
  const { releases, problems } = loadReleases({ root, releasesDir: path.join(root, "tests/fixtures/reader/persian-comma") });
  assert.equal(problems, []);
  assert.equal(releases[0]?.topics.map((t) => t.key), ["workers-facilities", "employment"]);
});

test("term keys :: Persian commas of my own: no space, two, mixed with Latin commas, a repeated key", () => {
  const topics = (list: unknown[]) => validate({ ...base, topics: list });
  assert.equal(topics(["insurance،employment"]).release?.topics.map((t) => t.key), ["insurance", "employment"]);
  assert.equal(topics(["insurance ، employment، cooperatives"]).release?.topics.map((t) => t.key), ["insurance", "employment", "cooperatives"]);
  assert.equal(topics(["insurance، employment", "cooperatives"]).release?.topics.map((t) => t.key), ["insurance", "employment", "cooperatives"]);
  assert.equal(topics(["insurance،"]).release?.topics.map((t) => t.key), ["insurance"]);
  assert.equal(topics(["insurance، insurance"]).problems.map((p) => p.field), ["topics[2]"]);
  const persian = topics(["اشتغال، بیمه و تأمین اجتماعی"]);
  assert.equal(persian.problems.map((p) => p.en.split(". ")[1]), [
    "Write the Latin key, not the Persian name: “employment” (اشتغال).",
    "Write the Latin key, not the Persian name: “insurance” (بیمه و تأمین اجتماعی).",
  ]);
});

test("term keys :: regression: a short form of one Persian name finds its key (topics: [بیمه، اشتغال] said nothing for «بیمه»)", () => {
  for (const [typed, key] of [["بیمه", "insurance"], ["بيمه", "insurance"], ["تامین اجتماعی", "insurance"], ["بازرسی", "labour-inspection"], ["امکانات", "workers-facilities"]] as const) {
    assert.is(suggestKey(typed, vocabulary.topics)?.key, key, typed);
  }
  assert.is(suggestKey("کوه", vocabulary.counties)?.key, "kuhchenar");
  // A word of several names, or too short to tell, suggests nothing.
  assert.is(suggestKey("اجتماعی", vocabulary.topics), undefined);
  assert.is(suggestKey("کار", vocabulary.topics), undefined);
  const [first] = validate({ ...base, topics: ["بیمه", "employment"] }).problems;
  assert.is(first?.en, "is not a known topic; use a key of _data/topics.json. Write the Latin key, not the Persian name: “insurance” (بیمه و تأمین اجتماعی).");
});

test("term keys :: regression: a Persian semicolon in topics separates items like the Persian comma", () => {
  const topics = (list: unknown[]) => validate({ ...base, topics: list });
  assert.equal(topics(["insurance؛ employment"]).release?.topics.map((t) => t.key), ["insurance", "employment"]);
  assert.equal(topics(["insurance؛employment، cooperatives"]).release?.topics.map((t) => t.key), ["insurance", "employment", "cooperatives"]);
  assert.equal(topics(["بیمه؛ اشتغال"]).problems.map((p) => [p.field, p.en.split(". ")[1]]), [
    ["topics[1]", "Write the Latin key, not the Persian name: “insurance” (بیمه و تأمین اجتماعی)."],
    ["topics[2]", "Write the Latin key, not the Persian name: “employment” (اشتغال)."],
  ]);
});

test.run();
