import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { frontMatterSkeleton } from "../../../src/authoring/check/front-matter.ts";
import { fixText } from "../../../src/authoring/lint/fix-text.ts";
import { isolateRuns } from "../../../src/content/bidi-runs.ts";
import { renderBody } from "../../../src/content/markdown.ts";
import { toLatinDigits } from "../../../src/persian/digits.ts";
import { leftToRight, showFragments, withPage } from "../../content/display-order.ts";
import { context, fixBody, release } from "./rules/lint-with.ts";

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

test("fixText :: regression: issue 13's spacing and half-space slips, fixed once and for all, URLs and code untouched", () => {
  const Z = "\u200c";
  const body = [
    `كارگران مي¬توانند تا كنون ثبت نام كنند و بهره مند شوند. وی افزود : کار${Z}ها و کارگر ها کرده اند.`,
    `خانه ای برای نمی\u200bشود و دانشجو${Z}${Z}ها ، سپس چرا ؟`,
    `پیوند [کار${Z}ها](https://example.ir/کار${Z}ها¬ي) و \`کار ها ¬\` و https://ar.wikipedia.org/wiki/كتاب_ها`,
  ].join("\n\n");
  const once = fixBody(body);
  assert.is(once, [
    `کارگران می${Z}توانند تاکنون ثبت${Z}نام کنند و بهره${Z}مند شوند. وی افزود: کارها و کارگرها کرده${Z}اند.`,
    `خانه${Z}ای برای نمی${Z}شود و دانشجوها، سپس چرا؟`,
    `پیوند [کارها](https://example.ir/کار${Z}ها¬ي) و \`کار ها ¬\` و https://ar.wikipedia.org/wiki/كتاب_ها`,
  ].join("\n\n"));
  assert.is(fixBody(once), once, "idempotent");
});

// Issue 13: «check --fix turns a correctly displayed 1404-07-15 into ۱۴۰۴-۰۷-۱۵, which then displays day-first».
const NUMBERS = [
  "نشست در 1404-07-15 برگزار شد.",
  "نشست در ١٤٠٤-٠٧-١٥ برگزار شد.",
  "ساعت کار 10-12 است.",
  "ساعت کار ١٠-١٢ است.",
  "پروندهٔ 12-345-67 بررسی شد.",
  "تلفن 071-32000000 و ٠٧١-٣٢٠٠٠٠٠٢ پاسخ می‌دهد.",
  "تاریخ 1404/07/15 و ساعت 10:30 است.",
  "با شمارهٔ +98 71 3200 0000 تماس بگیرید.",
];
const groupsOf = (line: string) => line.match(/\+?[0-9\u06F0-\u06F9\u0660-\u0669]+/g) ?? [];

test("fixText :: regression: a digit fix never changes the display order (Chromium, body and title)", async () => {
  const fixedLines = NUMBERS.map((line) => {
    const text = fixText(release(line, `title: "${line}"`), context).text;
    const body = text.slice(text.indexOf("\n---\n") + 5, -1);
    const title = /^title: "(.*)"$/m.exec(text)?.[1] ?? "";
    return { body, title };
  });
  // The fix did change digits (else the test would prove nothing): Persian dates, ranges, codes.
  assert.is(fixedLines[0]?.body, "نشست در ۱۴۰۴-۰۷-۱۵ برگزار شد.");
  assert.is(fixedLines[1]?.body, "نشست در ۱۴۰۴-۰۷-۱۵ برگزار شد.");
  assert.is(fixedLines[3]?.title, "ساعت کار ۱۰-۱۲ است.");
  await withPage(async (page) => {
    const fragments = NUMBERS.flatMap((line, i) => [
      renderBody(line), renderBody(fixedLines[i]?.body ?? ""),
      `<h1>${isolateRuns(line)}</h1>`, `<h1>${isolateRuns(fixedLines[i]?.title ?? "")}</h1>`,
    ]);
    await showFragments(page, fragments);
    for (const [i, line] of NUMBERS.entries()) {
      const fixed = fixedLines[i] as { body: string; title: string };
      const before = groupsOf(line);
      // Same numbers after the fix, in the same logical order…
      assert.equal(groupsOf(fixed.body).map(toLatinDigits), before.map(toLatinDigits), line);
      const ltr = before.map((_, k) => k);
      // …and on screen, before and after, in the order written, left to right within each number.
      const shown = async (f: number, text: string) => leftToRight(page, f, groupsOf(text));
      const [b0, b1, t0, t1] = [await shown(4 * i, line), await shown(4 * i + 1, fixed.body), await shown(4 * i + 2, line), await shown(4 * i + 3, fixed.title)];
      assert.equal(b1, b0, `body: ${line} → ${fixed.body}`);
      assert.equal(t1, t0, `title: ${line} → ${fixed.title}`);
      if (before.length === 3 || before.length === 2) assert.equal(b0, ltr, `written order: ${line}`);
    }
  });
});

test.run();
