import path from "node:path";
import { PassThrough } from "node:stream";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { askRelease } from "../../../src/authoring/new/prompt.ts";
import { readVocabulary } from "../../../src/content/load-releases.ts";

const vocabulary = readVocabulary(path.join(process.cwd(), "_data"));

/** Answer each question as it is asked. */
async function answer(lines: string[]) {
  const input = new PassThrough();
  const output = new PassThrough();
  let asked = "";
  output.on("data", (chunk: Buffer) => {
    asked += chunk.toString();
    if (asked.endsWith("> ") && lines.length > 0) input.write(`${lines.shift()}\n`);
  });
  const result = await askRelease(vocabulary, input, output);
  return { result, asked };
}

test("askRelease :: title, county, topics and name; unknown keys are asked again", async () => {
  const { result, asked } = await answer(["بهسازی استخر کارگران کازرون آغاز شد", "kazeroon", "kazerun", "employmnt", "employment, insurance", "workers pool"]);
  assert.equal(result, { title: "بهسازی استخر کارگران کازرون آغاز شد", county: "kazerun", topics: ["employment", "insurance"], slug: "workers pool" });
  assert.ok(asked.includes("«kazeroon» در فهرست نیست"));
  assert.ok(asked.includes("«employmnt» در فهرست نیست"));
});

test("askRelease :: a Persian county name is answered with its key", async () => {
  const { result, asked } = await answer(["", "شيراز", "shiraz", "employment", ""]);
  assert.equal(result, { county: "shiraz", topics: ["employment"] });
  assert.ok(asked.includes("«شيراز» در فهرست نیست؛ یکی از کلیدهای بالا را بنویسید. به جای نام فارسی، کلید لاتین آن را بنویسید: «shiraz» (شیراز)."), asked);
});

test("askRelease :: only the topics are required", async () => {
  const { result } = await answer(["", "", "employment", ""]);
  assert.equal(result, { topics: ["employment"] });
});

test.run();
