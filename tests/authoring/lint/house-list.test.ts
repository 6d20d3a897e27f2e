import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { compileHouseWords, readHouseWords } from "../../../src/authoring/lint/house-list.ts";

test("readHouseWords :: the house list has the reference release's words", () => {
  const { words } = readHouseWords(path.join(process.cwd(), "_data"));
  assert.is(words.get("ادارهکل"), "اداره‌کل");
  assert.is(words.get("برنامهریزی"), "برنامه‌ریزی");
  assert.is(words.get("میشود"), "می‌شود");
  assert.is(words.get("زیرساختها"), "زیرساخت‌ها");
  assert.ok(words.size >= 40, `only ${words.size} words`);
});

test("readHouseWords :: a missing file is an empty list; a broken one a bilingual error", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "house-"));
  assert.is(readHouseWords(dir).pattern, null);
  writeFileSync(path.join(dir, "house-words.json"), '{"words": {"ادارهکل": "اداره‌کل",}}');
  assert.throws(() => readHouseWords(dir), /JSON خوانا نیست[\s\S]*the JSON cannot be read/);
  writeFileSync(path.join(dir, "house-words.json"), '{"words": {"ادارهکل": 1}}');
  assert.throws(() => readHouseWords(dir), /باید یک متن داشته باشد[\s\S]*must map to a text/);
});

test("compileHouseWords :: entries equal to their fix are dropped; Arabic letters folded in keys", () => {
  const list = compileHouseWords({ "اداره‌کل": "اداره‌کل", "ميشود": "می‌شود" });
  assert.equal([...list.words], [["میشود", "می‌شود"]]);
});

test.run();
