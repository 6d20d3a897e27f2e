import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { claimedCodes, nextFreeCode } from "../../../src/authoring/new/next-code.ts";

test("claimedCodes :: drafts, withdrawn and broken files all hold their code", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "codes-"));
  mkdirSync(path.join(dir, "1404"));
  writeFileSync(path.join(dir, "1404/0001-a.md"), "---\ncode: 1\ntitle: x\n---\nمتن\n");
  writeFileSync(path.join(dir, "1404/0003-draft.md"), "---\ncode: 3\ndraft: true\n---\n");
  writeFileSync(path.join(dir, "1404/0007-withdrawn.md"), "---\ncode: '۷'\nwithdrawn: {date: x, reason: y}\n---\n");
  writeFileSync(path.join(dir, "0009-broken.md"), "---\ncode: 9\ntitle: [\n---\n");
  writeFileSync(path.join(dir, "notes.md"), "no front matter\ncode: 99\n---\n");
  assert.equal(claimedCodes(dir).sort((a, b) => a - b), [1, 3, 7, 9]);
});

test("claimedCodes :: read with the loader's one reader: a ---js file is never run and claims nothing", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "codes-"));
  const marker = path.join(dir, "ran");
  writeFileSync(path.join(dir, "0001-a.md"), "\uFEFF---\ncode: ۱\ntitle: x\n---\nمتن\n");
  writeFileSync(path.join(dir, "0005-js.md"), `---js\n({ code: 5, x: require("fs").writeFileSync(${JSON.stringify(marker)}, "ran") })\n---\n`);
  writeFileSync(path.join(dir, "0006-dup.md"), "---\ncode: 6\ncode: 6\n---\n");
  assert.equal(claimedCodes(dir).sort((a, b) => a - b), [1, 6]);
  assert.not.ok(existsSync(marker));
});

test("nextFreeCode :: one more than the highest code used or retired; gaps are never filled", () => {
  assert.is(nextFreeCode([], new Set()), 1);
  assert.is(nextFreeCode([1, 3, 9], new Set()), 10);
  assert.is(nextFreeCode([1, 3, 9], new Set([12])), 13);
});

test.run();
