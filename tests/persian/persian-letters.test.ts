import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readVocabulary } from "../../src/content/load-releases.ts";
import { validateRelease } from "../../src/content/validate.ts";
import { foldArabicLetters } from "../../src/persian/persian-letters.ts";

test("foldArabicLetters :: Arabic yeh, alef maksura and kaf become Persian", () => {
  assert.is(foldArabicLetters("بيمه كارگران"), "بیمه کارگران");
  assert.is(foldArabicLetters("مصطفى"), "مصطفی");
});

test("foldArabicLetters :: same length, Persian text, digits, Latin and ة untouched", () => {
  const text = "اداره‌کل تعاون ۱۴۰۴ ILNA 2025 ادارة";
  assert.is(foldArabicLetters(text), text);
  assert.is(foldArabicLetters("يك").length, 2);
});

const root = process.cwd();
const ctx = { vocabulary: readVocabulary(path.join(root, "_data")), mediaDir: path.join(root, "media") };

test("validateRelease :: rendered text has ي/ك folded even when the source was not fixed", () => {
  const { release, problems } = validateRelease({
    file: "releases/x.md",
    absPath: path.join(root, "releases/x.md"),
    data: {
      code: 1,
      kicker: "مديركل خبر داد",
      title: "بهسازي استخر كارگران آغاز شد",
      lead: "عمليات بهسازي استخر مجموعهٔ ورزشي كارگران كازرون آغاز شد و تا پايان سال آماده مي‌شود.",
      date: "1404-06-25 10:30",
      topics: ["employment"],
      updates: [{ date: "1404-06-26 09:00", note: "رقم اعتبار اصلاح شد؛ يك" }],
    },
    body: "متن خبر كارگران با `كد` و يك **پيوند**.",
  }, ctx);
  assert.equal(problems, []);
  assert.is(release?.title, "بهسازی استخر کارگران آغاز شد");
  assert.is(release?.kicker, "مدیرکل خبر داد");
  assert.is(release?.lead, "عملیات بهسازی استخر مجموعهٔ ورزشی کارگران کازرون آغاز شد و تا پایان سال آماده می‌شود.");
  assert.is(release?.updates[0]?.note, "رقم اعتبار اصلاح شد؛ یک");
  // Issue 13: code is not prose, so a code span keeps its Arabic letters (it was folded before).
  assert.is(release?.bodyHtml, "<p>متن خبر کارگران با <code>كد</code> و یک <strong>پیوند</strong>.</p>\n");
});

test.run();
