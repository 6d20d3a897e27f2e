import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { frontMatterSkeleton } from "../../../src/authoring/check/front-matter.ts";
import { fixText } from "../../../src/authoring/lint/fix-text.ts";
import { context, release } from "./rules/lint-with.ts";

const reference = readFileSync(path.join(process.cwd(), "tests/fixtures/authoring/reference/0001-kazerun-workers-pool.md"), "utf8");

test("fixText :: the reference release comes out with correct ZWNJs", () => {
  const { text } = fixText(reference, context);
  assert.ok(text.includes(
    "به گزارش ایلنا به نقل از روابط عمومی اداره‌کل تعاون کار و رفاه اجتماعی استان فارس، سعید بیاری",
  ), "first sentence");
  assert.ok(text.includes("در سطح استان فارس نیز با جدیت دنبال می‌شود."), "می‌شود");
  assert.ok(text.includes("سازمان مدیریت و برنامه‌ریزی و این اداره‌کل با تخصیص اعتبار"), "برنامه‌ریزی");
  assert.ok(text.includes("تسهیل در تأمین زیرساخت‌ها، تجهیزات فرآوری"), "زیرساخت‌ها");
  assert.ok(text.includes("با آسیب‌های جدی همراه بوده است."), "آسیب‌های");
  assert.ok(text.includes("مدیرکل کار فارس خبر داد"), "kicker");
  for (const wrong of ["ادارهکل", "میشود", "برنامهریزی", "زیرساختها", "تعاونیها", "شهرستانهای", "برنامههای", "به  نقل", "فارس ،"]) {
    assert.not.ok(text.includes(wrong), wrong);
  }
});

test("fixText :: idempotent: a second run changes nothing", () => {
  const once = fixText(reference, context);
  assert.ok(once.applied.length >= 19, `${once.applied.length} fixes`);
  const twice = fixText(once.text, context);
  assert.equal(twice.applied, []);
  assert.is(twice.text, once.text);
});

test("fixText :: front matter keys, dates, URLs, code, Latin words and Latin-context numbers untouched", () => {
  const body = [
    "در سال 1404 ادارهکل گفت \"استخر باز می شود\".",
    "خبرگزاری ILNA 2025 و https://example.ir/1404 و `npm run check 12` و تلفن 071-32000000.",
    "The ministry said 25 workers were hired in 2025.",
    "1. مورد اول",
  ].join("\n\n");
  const text = release(body);
  const fixed = fixText(text, context).text;
  assert.is(fixed, release([
    "در سال ۱۴۰۴ اداره‌کل گفت «استخر باز می‌شود».",
    "خبرگزاری ILNA 2025 و https://example.ir/1404 و `npm run check 12` و تلفن 071-32000000.",
    "The ministry said 25 workers were hired in 2025.",
    "1. مورد اول",
  ].join("\n\n")));
  assert.is(frontMatterSkeleton(fixed), frontMatterSkeleton(text));
});

test("fixText :: a warning left to the author is not applied", () => {
  assert.is(fixText(release("بزرگ تر"), context).text, release("بزرگ تر"));
});

test.run();
