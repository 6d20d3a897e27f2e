import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { listReleaseFiles, loadReleases, loadReleasesOrThrow } from "../../src/content/load-releases.ts";
import { ContentError, formatProblem } from "../../src/content/problem.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const invalid = path.join(root, "tests/fixtures/invalid");

function load(fixture: string) {
  return loadReleases({ root, releasesDir: path.join(invalid, fixture) });
}

/** Each invalid fixture: the field its error must name and words the message must contain. */
const CASES: Array<[fixture: string, field: string, fa: string, en: string]> = [
  ["broken-yaml", "county", "کروشهٔ [ در خط 9 باز شده و بسته نشده؛ آن را در همان خط با ] ببندید", "the [ opened on line 9 is never closed"],
  ["missing-title", "title", "تیتر لازم است", "the title is required and missing"],
  ["date-without-time", "date", "«1404-06-25» ساعت ندارد", "«1404-06-25» has no time; write e.g. 1404-06-25 10:30"],
  ["impossible-jalali-date", "date", "ماه 12 سال 1404 29 روز دارد", "month 12 of 1404 has 29 days"],
  ["unknown-topic", "topics[2]", "«employmnt» موضوع ناشناخته است", "Did you mean “employment”?"],
  ["duplicate-code", "code", "این کد پیش‌تر در tests/fixtures/invalid/duplicate-code/0142-pool.md آمده", "already used by"],
  ["negative-code", "code", "«-3» کد خبر باید عدد صحیح بزرگ‌تر از صفر باشد", "must be a whole number of 1 or more"],
  ["unknown-key", "titel", "کلید ناشناخته است", "Did you mean “title”?"],
  ["empty-body", "body", "متن خبر خالی است", "the body is empty"],
  ["missing-image-file", "image.src", "«./no-such-photo.jpg» پرونده پیدا نشد", "file not found"],
  ["image-without-alt", "image.alt", "متن جایگزین تصویر لازم است", "alt text is required"],
  ["lead-too-long", "lead", "باید بین 40 تا 400 نویسه باشد", "it must have 40–400"],
  ["empty-topics", "topics", "«[]» باید فهرستی از ۱ تا ۵ موضوع باشد", "must be a list of 1–5 topics"],
  ["draft-not-boolean", "draft", "«بله» پیش‌نویس باید true یا false باشد", "draft must be true or false"],
  ["one-character-title", "title", "«خ» تیتر 1 نویسه دارد", "the title has 1 characters; it must have 10–120"],
  ["unknown-county", "county", "«kazeroon» شهرستان ناشناخته است", "Did you mean “kazerun”?"],
  ["no-front-matter", "front matter", "پرونده باید با خط --- و مشخصات خبر", "must start with a --- line"],
  ["update-before-date", "updates[1].date", "تاریخ اصلاحیه باید بعد از تاریخ انتشار خبر باشد", "dated after the release's date"],
  ["lead-with-markdown", "lead", "لید باید متن ساده باشد", "the lead must be plain text"],
];

for (const [fixture, field, fa, en] of CASES) {
  test(`loadReleases :: invalid fixture ${fixture} names its file and field`, () => {
    const { releases, problems } = load(fixture);
    const errors = problems.filter((p) => p.severity === "error");
    const match = errors.find((p) => p.field === field);
    assert.ok(match, `no error on field ${field}; got ${errors.map((p) => p.field).join(", ")}`);
    const message = formatProblem(match);
    assert.ok(message.startsWith(`tests/fixtures/invalid/${fixture}/`), message);
    assert.ok(message.includes(`: ${field}: `), message);
    assert.ok(message.includes(fa), `Persian text missing:\n${message}`);
    assert.ok(message.includes(en), `English text missing:\n${message}`);
    if (fixture !== "duplicate-code") assert.is(releases.length, 0);
  });
}

test("loadReleases :: the date error reads exactly as the issue's example", () => {
  const [problem] = load("date-without-time").problems;
  assert.ok(problem);
  assert.is(
    formatProblem(problem).split("\n")[1],
    "    «1404-06-25» has no time; write e.g. 1404-06-25 10:30",
  );
  assert.is(problem.file, "tests/fixtures/invalid/date-without-time/0142-pool.md");
});

test("loadReleasesOrThrow :: collects the errors of every file before failing", () => {
  try {
    loadReleasesOrThrow({ root, releasesDir: invalid });
    assert.unreachable("should have thrown");
  } catch (err) {
    assert.instance(err, ContentError);
    const files = new Set((err as ContentError).problems.map((p) => p.file.split("/")[3]));
    for (const [fixture] of CASES) assert.ok(files.has(fixture), `no error reported for ${fixture}`);
    assert.match((err as ContentError).message, /^\d+ خطا در خبرها — \d+ error\(s\) in releases:/);
  }
});

test("loadReleases :: a valid release becomes a typed Release", () => {
  const { releases, problems } = load("duplicate-code");
  assert.equal(problems.map((p) => p.field), ["code"]);
  const [r] = releases;
  assert.ok(r);
  assert.is(r.code, 1);
  assert.is(r.url, "/releases/1/");
  assert.is(r.title, "بهسازی استخر کارگران کازرون آغاز شد");
  assert.is(r.lead, "عملیات بهسازی استخر مجموعهٔ ورزشی کارگران کازرون آغاز شد و این مجموعه تا پایان سال دوباره در اختیار جامعهٔ کارگری شهرستان قرار می‌گیرد.");
  assert.is(r.date.toISO(), "2025-09-16T10:30:00.000+03:30");
  assert.equal(r.county, { key: "kazerun", name: "کازرون" });
  assert.equal(r.topics, [{ key: "workers-facilities", name: "امکانات کارگری" }, { key: "employment", name: "اشتغال" }]);
  assert.is(r.bodyHtml, "<p>متن خبر: عملیات بهسازی استخر کارگران کازرون با اعتبار استانی آغاز شد.</p>\n");
});

test("loadReleases :: a gap in the codes is an error that explains how to withdraw instead", () => {
  const { problems } = loadReleases({ root, releasesDir: path.join(root, "tests/fixtures/code-gap/releases"), dataDir: path.join(root, "tests/fixtures/code-gap/data-gap") });
  const gap = problems.find((p) => p.field === "code");
  assert.ok(gap, "no gap reported");
  assert.is(gap.file, "tests/fixtures/code-gap/releases/");
  assert.is(gap.found, "3");
  const message = formatProblem(gap);
  assert.ok(message.includes("هیچ خبری این کد را ندارد. خبر منتشرشده را پاک نکنید"), message);
  assert.ok(message.includes("withdrawn"), message);
  assert.ok(message.includes("If this code was never published, list it in tests/fixtures/code-gap/data-gap/retired-codes.json."), message);
});

test("loadReleases :: a retired code fills the gap but may not be used", () => {
  const { problems } = loadReleases({ root, releasesDir: path.join(root, "tests/fixtures/code-gap/releases"), dataDir: path.join(root, "tests/fixtures/code-gap/data-retired") });
  assert.equal(problems.map((p) => [p.file, p.field, p.found]), [["tests/fixtures/code-gap/releases/0004-workgroup.md", "code", "4"]]);
  assert.match(formatProblem(problems[0]!), /this code is retired in tests\/fixtures\/code-gap\/data-retired\/retired-codes\.json and is never reused/);
});

test("loadReleases :: no gap is reported while a file's code cannot be read (regression)", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "newsroom-gap-"));
  try {
    for (const f of readdirSync(path.join(root, "tests/fixtures/code-gap/releases"))) {
      copyFileSync(path.join(root, "tests/fixtures/code-gap/releases", f), path.join(dir, f));
    }
    // Codes 1, 2 and 4, and a fourth file whose code was mistyped: it is probably code 3.
    const typo = readFileSync(path.join(dir, "0001-workgroup.md"), "utf8").replace("code: 1", "code: ۳x");
    writeFileSync(path.join(dir, "0003-workgroup.md"), typo);
    const { problems } = loadReleases({ root, releasesDir: dir });
    assert.equal(problems.map((p) => `${path.basename(p.file)} ${p.field}`), ["0003-workgroup.md code"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("loader :: regression: a folder named x.md is walked, not read as a release (EISDIR crash); a linked .md is never listed", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "newsroom-dir-md-"));
  try {
    cpSync(path.join(process.cwd(), "tests/fixtures/valid/feeds"), dir, { recursive: true });
    const md = readdirSync(dir).filter((f) => f.endsWith(".md"));
    // Every release moves into folders whose names end in .md, one of them two deep.
    mkdirSync(path.join(dir, "1404.md", "old.md"), { recursive: true });
    md.forEach((f, i) => renameSync(path.join(dir, f), path.join(dir, "1404.md", i === 0 ? "old.md" : "", f)));
    copyFileSync(path.join(dir, "pool.jpg"), path.join(dir, "1404.md", "old.md", "pool.jpg"));
    symlinkSync("/etc/hostname", path.join(dir, "host.md"));
    assert.equal(listReleaseFiles(dir).map((f) => path.relative(dir, f)), md.map((f, i) => path.join("1404.md", i === 0 ? "old.md" : "", f)).sort());
    const { releases, problems } = loadReleases({ root: dir, releasesDir: dir, mediaDir: path.join(dir, "media"), dataDir: path.join(process.cwd(), "_data") });
    assert.equal(problems.map((p) => [p.file, p.field]), [["host.md", "file"]]);
    assert.is(releases.length, md.length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
