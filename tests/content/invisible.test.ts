import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { cleanText, isBlankText, nameInvisibles, showInvisibles, stripMarks } from "../../src/content/invisible.ts";
import { loadReleases } from "../../src/content/load-releases.ts";
import { formatProblem } from "../../src/content/problem.ts";
import { base, validate } from "./validate-helper.ts";

const root = process.cwd();

test("invisible :: named fixture: marks in code, date, county, topics and a bidi override in the title", () => {
  const { releases, problems } = loadReleases({ root, releasesDir: path.join(root, "tests/fixtures/reader/invisible-marks") });
  assert.equal(problems, []);
  const [r] = releases;
  assert.equal([r?.code, r?.title, r?.county?.key, r?.topics.map((t) => t.key), r?.date.toISO()],
    [1, "بهسازی استخر کارگران کازرون آغاز شد", "kazerun", ["workers-facilities", "employment"], "2025-09-16T10:30:00.000+03:30"]);
});

test("invisible :: named fixture: a title of invisible characters only is missing, and they are named", () => {
  const { problems } = loadReleases({ root, releasesDir: path.join(root, "tests/fixtures/reader/invisible-title") });
  assert.equal(problems.map(formatProblem), [
    "tests/fixtures/reader/invisible-title/0001-pool.md: title: «⟨U+200F⟩⟨U+200E⟩\u200C⟨U+202B⟩⟨U+202C⟩» تیتر لازم است و نوشته نشده (فقط نویسه‌های نامرئی دارد)؛ مثلاً: بهسازی استخر کارگران کازرون آغاز شد (در این مقدار نویسهٔ نامرئی U+200F (نشانهٔ راست‌به‌چپ)، نویسهٔ نامرئی U+200E (نشانهٔ چپ‌به‌راست)، نویسهٔ نامرئی U+202B (آغاز متن راست‌به‌چپ)، نویسهٔ نامرئی U+202C (پایان جهت متن) هست؛ آن را پاک کنید)\n" +
    "    «⟨U+200F⟩⟨U+200E⟩\u200C⟨U+202B⟩⟨U+202C⟩» the title is required and missing (it holds only invisible characters); e.g. بهسازی استخر کارگران کازرون آغاز شد (the value contains invisible character U+200F (right-to-left mark), invisible character U+200E (left-to-right mark), invisible character U+202B (right-to-left embedding), invisible character U+202C (pop directional formatting); delete it)",
  ]);
});

test("invisible :: marks stripped from dates, codes and keys: inputs of my own", () => {
  const r = validate({
    ...base,
    code: "\u061C١٤٢\u200E", // Arabic letter mark, Arabic-Indic digits
    date: "\u202B۱۴۰۴/۰۶/۲۵ ۱۰:۳۰\u202C", // Persian digits inside an embedding
    county: "\uFEFFshiraz\u2069",
    topics: ["\u200Finsurance", "employment\u200B"],
  });
  assert.equal(r.problems, []);
  assert.equal([r.release?.code, r.release?.date.toISO(), r.release?.county?.key, r.release?.topics.map((t) => t.key)],
    [142, "2025-09-16T10:30:00.000+03:30", "shiraz", ["insurance", "employment"]]);
  // An RLM copied into an update's date and a withdrawal's date as well.
  const later = validate({ ...base, updates: [{ date: "1404-06-26 09:00\u200F", note: "اصلاح نام شهرستان" }] });
  assert.equal(later.problems, []);
});

test("invisible :: bidi overrides and control characters are removed from text fields", () => {
  const r = validate({
    ...base,
    title: "\u202Eبهسازی استخر\u0007 کارگران کازرون آغاز شد\u202C",
    kicker: "مدیرکل\u2066 تعاون\u2069 خبر داد",
    image: undefined,
  });
  assert.equal(r.problems, []);
  assert.is(r.release?.title, "بهسازی استخر کارگران کازرون آغاز شد");
  assert.is(r.release?.kicker, "مدیرکل تعاون خبر داد");
  // ZWNJ and the plain direction marks stay: Persian text needs them.
  assert.is(cleanText("می\u200Cشود\u200F"), "می\u200Cشود\u200F");
});

test("invisible :: a lead, alt, attachment title, update note or reason of invisible characters only is missing", () => {
  const lead = validate({ ...base, lead: "\u200F\u200F \u200C" });
  assert.equal(lead.problems.map((p) => [p.field, p.fa.startsWith("لید لازم است و نوشته نشده (فقط نویسه‌های نامرئی دارد)")]), [["lead", true]]);
  const alt = validate({ ...base, image: { src: "./no-such.jpg", alt: "\u200F\u2067\u2069" }, attachments: [{ src: "./no.pdf", title: "\u200E" }] });
  assert.equal(alt.problems.map((p) => p.field).filter((f) => !f.endsWith(".src")), ["image.alt", "attachments[1].title"]);
  const notes = validate({ ...base, updates: [{ date: "1404-06-26 10:00", note: "\u061C" }], withdrawn: { date: "1404-06-26 10:00", reason: "\uFEFF" } });
  assert.equal(notes.problems.map((p) => p.field), ["updates[1].note", "withdrawn.reason"]);
  assert.ok(isBlankText("\u202A\u202C\u2066\u2069\uFEFF"));
  assert.not.ok(isBlankText("\u200Fالف"));
});

test("invisible :: when an invisible character is why a value is refused, the message names it", () => {
  const src = validate({ ...base, image: { src: "./pool.jpg\u200F", alt: "نمای استخر" } });
  const p = src.problems.find((x) => x.field === "image.src");
  assert.ok(p?.fa.endsWith("(در این مقدار نویسهٔ نامرئی U+200F (نشانهٔ راست‌به‌چپ) هست؛ آن را پاک کنید)"), p?.fa);
  assert.is(p?.found, "./pool.jpg⟨U+200F⟩");
  const county = validate({ ...base, county: "kaze\u00ADrun" }).problems[0];
  // Soft hyphen is a format character: stripped like the marks, so the key is read.
  assert.is(county, undefined);
  const draft = validate({ ...base, draft: "true\u200B" }).problems[0];
  assert.ok(draft?.en.includes("invisible character U+200B (zero width space)"), draft?.en);
});

test("invisible :: helpers on inputs of my own", () => {
  assert.is(stripMarks(" \u200F۱۴۰۴-۰۶-۲۵\u200E "), "۱۴۰۴-۰۶-۲۵");
  assert.is(showInvisibles("1404-06-25\u200F"), "1404-06-25⟨U+200F⟩");
  assert.is(showInvisibles("می\u200Cشود"), "می\u200Cشود");
  assert.equal(nameInvisibles("a\u061Cb"), { fa: "نویسهٔ نامرئی U+061C (نشانهٔ عربی)", en: "invisible character U+061C (Arabic letter mark)" });
  assert.is(nameInvisibles("می\u200Cشود", false), undefined);
});

test.run();
