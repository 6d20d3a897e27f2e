import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AuthoringError } from "../../../src/authoring/authoring-error.ts";
import { createRelease } from "../../../src/authoring/new/new-release.ts";
import { readBuildTime } from "../../../src/content/build-time.ts";
import { loadReleases } from "../../../src/content/load-releases.ts";

const now = readBuildTime({ SOURCE_DATE_EPOCH: "1758004200" }); // 1404-06-25 10:00 Tehran

/** A project root in a temp folder with the real _data. */
function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), "new-release-"));
  cpSync(path.join(process.cwd(), "_data"), path.join(root, "_data"), { recursive: true });
  mkdirSync(path.join(root, "releases"));
  return root;
}

/** What an author does after `npm run new`: write the title, the lead and the body. */
function fill(text: string): string {
  return `${text
    .replace(/\ntitle:\n/, "\ntitle: بهسازی استخر کارگران کازرون آغاز شد\n")
    .replace(/\nlead: >-\n/, "\nlead: >-\n  عملیات بهسازی استخر مجموعهٔ ورزشی کارگران کازرون آغاز شد و این مجموعه تا پایان سال\n  دوباره در اختیار جامعهٔ کارگری شهرستان قرار می‌گیرد.\n")}متن خبر.\n`;
}

test("createRelease :: the next code, the Jalali date and year folder, the URL", () => {
  const root = project();
  writeFileSync(path.join(root, "releases/0001-a.md"), "---\ncode: 1\n---\n");
  writeFileSync(path.join(root, "releases/0004-draft.md"), "---\ncode: 4\ndraft: true\n---\n");
  writeFileSync(path.join(root, "_data/retired-codes.json"), "[2, 3, 6]\n");
  const created = createRelease({ root, topics: ["employment"], county: "kazerun", now });
  assert.is(created.code, 7);
  assert.is(created.date, "1404-06-25 10:00");
  assert.is(created.file, "releases/1404/0007-kazerun-employment.md");
  assert.is(created.url, "https://news.fars-labour.example.ir/releases/7/");
  const text = readFileSync(created.absPath, "utf8");
  assert.ok(text.includes("\ncode: 7\n"));
  assert.ok(text.includes("\ndate: 1404-06-25 10:00\n"));
  assert.ok(text.includes("\ncounty: kazerun\n"));
  assert.ok(text.includes("\ntopics: [employment]\n"));
});

test("createRelease :: every field present, explained in Persian; optional ones commented out", () => {
  const root = project();
  const text = readFileSync(createRelease({ root, topics: ["employment", "insurance"], now }).absPath, "utf8");
  for (const line of [
    "code: 1", "title:", "# kicker: ", "lead: >-", "date: 1404-06-25 10:00", "# county: ", "topics: [employment, insurance]",
    "# image:", "#   alt: ", "#   caption: ", "# attachments:", "# draft: true", "# updates:", "#     note: ", "# withdrawn:", "#   reason: ",
  ]) {
    assert.ok(text.split("\n").some((l) => l.startsWith(line)), `missing: ${line}`);
  }
  assert.ok(text.includes("# تیتر (لازم): یک خط، ۱۰ تا ۱۲۰ نویسه."));
  assert.ok(text.includes("# روتیتر (اختیاری)"));
  assert.ok(text.includes("# مثال: title: بهسازی استخر کارگران کازرون آغاز شد"));
});

test("createRelease :: as generated the loader names exactly what is left to write", () => {
  const root = project();
  createRelease({ root, topics: ["employment"], now });
  const { problems } = loadReleases({ root });
  assert.equal(problems.map((p) => p.field), ["title", "lead", "body"]);
});

test("createRelease :: valid once the title, lead and body are written", () => {
  const root = project();
  const created = createRelease({ root, topics: ["employment"], county: "kazerun", now });
  writeFileSync(created.absPath, fill(readFileSync(created.absPath, "utf8")));
  const { releases, problems } = loadReleases({ root });
  assert.equal(problems, []);
  assert.is(releases[0]?.code, 1);
  assert.is(releases[0]?.county?.key, "kazerun");
  assert.is(releases[0]?.date.toISO(), "2025-09-16T10:00:00.000+03:30");
});

test("createRelease :: a title with a colon is quoted so the YAML stays valid", () => {
  const root = project();
  const created = createRelease({ root, title: "بهسازی استخر کارگران: آغاز شد", topics: ["employment"], now });
  const text = readFileSync(created.absPath, "utf8");
  assert.ok(text.includes("\ntitle: 'بهسازی استخر کارگران: آغاز شد'\n"), text);
  writeFileSync(created.absPath, fill(text));
  assert.equal(loadReleases({ root }).problems, []);
});

test("createRelease :: never overwrites a file", () => {
  const root = project();
  const target = path.join(root, "releases/1404/0001-province-employment.md");
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, "یادداشت بدون مشخصات\n");
  assert.throws(() => createRelease({ root, topics: ["employment"], now }), (err: unknown) =>
    err instanceof AuthoringError && err.fa.startsWith("پرونده‌ای با این نام هست و بازنویسی نمی‌شود"));
  assert.is(readFileSync(target, "utf8"), "یادداشت بدون مشخصات\n");
  assert.ok(existsSync(createRelease({ root, topics: ["employment"], slug: "Second Try", now }).absPath));
});

test("createRelease :: unknown topic or county: a message to act on, and no file", () => {
  const root = project();
  assert.throws(() => createRelease({ root, topics: ["employmnt"], now }), (err: unknown) =>
    err instanceof AuthoringError && err.fa.includes("شاید منظورتان «employment» است") && err.en.includes("Did you mean “employment”?"));
  assert.throws(() => createRelease({ root, topics: ["employment"], county: "kazeroon", now }), (err: unknown) =>
    err instanceof AuthoringError && err.fa.includes("شاید منظورتان «kazerun» است"));
  assert.throws(() => createRelease({ root, topics: [], now }), (err: unknown) => err instanceof AuthoringError);
  assert.not.ok(existsSync(path.join(root, "releases/1404")));
});

test.run();
