import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { runCheck } from "../../../src/authoring/check/check.ts";
import { fixReleaseFile } from "../../../src/authoring/check/fix-file.ts";
import { toCheckJson } from "../../../src/authoring/check/format-json.ts";
import { formatLintWarning, formatReport } from "../../../src/authoring/check/format-text.ts";
import { context } from "../lint/rules/lint-with.ts";

const root = process.cwd();
const fixtures = path.join(root, "tests/fixtures/authoring");
const copy = (name: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), `check-${name}-`));
  cpSync(path.join(fixtures, name), dir, { recursive: true });
  return dir;
};

test("runCheck :: a clean folder has nothing to report", () => {
  const report = runCheck({ root, releasesDir: path.join(fixtures, "clean") });
  assert.equal([report.checked, report.errors, report.warnings, report.files], [1, 0, 0, []]);
});

test("runCheck :: errors come from the build's loader, warnings from the lint, grouped by file", () => {
  const report = runCheck({ root, releasesDir: path.join(fixtures, "errors") });
  assert.equal(report.files.map((f) => [f.file, f.errors.map((e) => e.field), f.warnings.map((w) => w.found)]), [
    ["tests/fixtures/authoring/errors/1404/0001-missing-title.md", ["title"], []],
    ["tests/fixtures/authoring/errors/1404/0002-typos.md", [], ["برنامهریزی", "زیرساختها", "میشود"]],
  ]);
  assert.is(report.errors, 1);
  assert.is(report.warnings, 3);
});

test("formatReport :: the build's message for errors, file:line:column for warnings, a summary", () => {
  const report = runCheck({ root, releasesDir: path.join(fixtures, "errors") });
  const out = formatReport({ ...report, milliseconds: 120 });
  assert.ok(out.includes(
    "  tests/fixtures/authoring/errors/1404/0001-missing-title.md: title: تیتر لازم است و نوشته نشده؛ مثلاً: بهسازی استخر کارگران کازرون آغاز شد\n" +
      "      the title is required and missing; e.g. بهسازی استخر کارگران کازرون آغاز شد",
  ), out);
  assert.ok(out.includes("  tests/fixtures/authoring/errors/1404/0002-typos.md:10:15: body: «میشود» → «می‌شود» "), out);
  assert.ok(out.includes(
    "۱ خطا، ۳ هشدار — 1 error, 3 warnings؛ ۱ پرونده از ۲ خبر خطا دارد و منتشر نمی‌شود تا خطاها درست شوند " +
      "— 1 of 2 release files have errors and cannot be published until they are fixed (0.12 s)",
  ), out);
  assert.ok(out.endsWith("برای اصلاح خودکار هشدارها: npm run check -- --fix — to fix the warnings automatically: npm run check -- --fix"));
});

test("formatLintWarning :: two lines like the build's errors", () => {
  const report = runCheck({ root, releasesDir: path.join(fixtures, "errors") });
  const w = report.files[1]?.warnings[2];
  assert.ok(w);
  assert.is(
    formatLintWarning(w),
    "tests/fixtures/authoring/errors/1404/0002-typos.md:10:15: body: «میشود» → «می‌شود» نگارش درست این واژه در فهرست واژه‌های خانه (_data/house-words.json) آمده است («می» + نیم‌فاصله + «شود»؛ نیم‌فاصله در صفحه‌کلید فارسی استاندارد: Shift+Space) [house-words]\n" +
      "    «میشود» → «می‌شود» the house word list (_data/house-words.json) gives the right spelling («می» + ZWNJ + «شود»)",
  );
});

test("runCheck :: --fix fixes in place, reports each change, and a second run changes nothing", () => {
  const dir = copy("warnings");
  const first = runCheck({ root, releasesDir: dir, fix: true });
  assert.is(first.fixed, 11);
  assert.is(first.warnings, 0);
  assert.is(first.errors, 0);
  const file = path.join(dir, "1404/0001-typos.md");
  const text = readFileSync(file, "utf8");
  assert.ok(text.includes('title: "بهسازی استخر کارگران کازرون آغاز شد"'), text);
  assert.ok(text.includes("مدیرکل گفت «استخر تا پایان سال باز می‌شود»."), text);
  assert.ok(text.includes("این طرح در سامانهٔ ILNA 2025 ثبت شده است و نشانی آن https://example.ir/1404 است."), text);
  const second = runCheck({ root, releasesDir: dir, fix: true });
  assert.is(second.fixed, 0);
  assert.is(readFileSync(file, "utf8"), text);
});

test("fixReleaseFile :: unreadable YAML: only the body is fixed, and the author is told why", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "check-yaml-"));
  const file = path.join(dir, "0001-x.md");
  writeFileSync(file, "---\ntitle: ادارهکل\ncode: [1\n---\nدنبال میشود.\n");
  const result = fixReleaseFile(file, "0001-x.md", context);
  assert.is(readFileSync(file, "utf8"), "---\ntitle: ادارهکل\ncode: [1\n---\nدنبال می‌شود.\n");
  assert.equal(result.applied.map((w) => w.found), ["میشود"]);
  assert.ok(result.refused?.fa.includes("YAML) خوانا نیست"));
});

test("toCheckJson :: stable keys and counts", () => {
  const json = toCheckJson(runCheck({ root, releasesDir: path.join(fixtures, "errors") }));
  assert.equal(json.summary, { files: 2, errors: 1, warnings: 3, fixed: 0 });
  assert.is(json.ok, false);
});

const grouped = (kind: string, n: string) =>
  `${kind} در ${n} جا؛ با --fix درست می‌شود (نخستین جا نشان داده شده؛ صفحه‌کلید فارسی استاندارد را به کار ببرید)`;

test("runCheck :: regression: a text typed on an Arabic keyboard gave one warning per word", () => {
  const report = runCheck({ root, releasesDir: path.join(fixtures, "arabic-keyboard") });
  const [file] = report.files;
  assert.equal(file?.warnings.map((w) => [w.rule, w.field, w.count, w.line, w.column, w.found, w.fa]), [
    // One word in the kicker: the usual warning.
    ["arabic-letters", "kicker", undefined, 3, 9, "مديركل", "حرف عربی در متن فارسی؛ «ی» و «ک» فارسی بنویسید (صفحه‌کلید فارسی استاندارد)"],
    ["arabic-letters", "title", 5, 4, 8, "بازديد", grouped("ي/ك عربی", "۵")],
    ["arabic-letters", "lead", 8, 5, 7, "مديركل", grouped("ي/ك عربی", "۸")],
    ["arabic-letters", "body", 22, 10, 1, "مديركل", grouped("ي/ك عربی", "۲۲")],
    ["digits", "body", 2, 14, 14, "1404-07-15", grouped("رقم لاتین یا عربی", "۲")],
  ]);
  assert.is(file?.warnings[3]?.en, "Arabic ي/ك in 22 places; --fix corrects them (the first is shown; use the standard Persian keyboard)");
  assert.is(report.warnings, 5);
  const json = toCheckJson(report).files[0]?.warnings[3];
  assert.equal([json?.rule, json?.count, json?.fixable], ["arabic-letters", 22, true]);
});

test("runCheck :: --fix reports grouped keyboard-layout fixes once per field, and counts every place", () => {
  const dir = copy("arabic-keyboard");
  const report = runCheck({ root, releasesDir: dir, fix: true });
  const fixed = report.files[0]?.fixed ?? [];
  assert.equal(fixed.map((w) => [w.rule, w.field, w.count ?? 1]), [
    ["arabic-letters", "kicker", 1], ["arabic-letters", "title", 5], ["arabic-letters", "lead", 8],
    ["arabic-letters", "body", 22], ["digits", "body", 2],
  ]);
  assert.is(fixed[3]?.fa, "ي/ك عربی در ۲۲ جا درست شد");
  assert.is(report.fixed, 38);
  assert.is(report.warnings, 0);
  const text = formatReport(report);
  assert.ok(text.includes("body: «مديركل» → «مدیرکل» ي/ك عربی در ۲۲ جا درست شد — Arabic ي/ك fixed in 22 places [arabic-letters]"), text);
  assert.equal(runCheck({ root, releasesDir: dir, fix: true }).fixed, 0);
});

test("runCheck :: regression: a loader warning names its field's line and proposes no «» replacement", () => {
  const dir = copy("clean");
  const file = path.join(dir, "1404", readdirSync(path.join(dir, "1404")).find((f) => f.endsWith(".md")) as string);
  const text = readFileSync(file, "utf8");
  // A Tehran wall-clock time that never existed (the DST gap), typed with Persian digits and slashes.
  writeFileSync(file, text.replace(/^date: .*$/m, "date: ۱۴۰۰/۰۱/۰۲ ۰۰:۱۵"));
  const dateLine = text.split("\n").findIndex((l) => l.startsWith("date:")) + 1;
  const report = runCheck({ root: dir, releasesDir: dir, dataDir: path.join(root, "_data") });
  const loader = report.files.flatMap((f) => f.warnings).filter((w) => w.rule === "loader");
  assert.equal(loader.map((w) => [w.field, w.line]), [["date", dateLine]]);
  const shown = formatLintWarning(loader[0] as (typeof loader)[number]).split("\n");
  assert.is(shown[0]?.startsWith(`${path.relative(dir, file)}:${dateLine}: date: «۱۴۰۰/۰۱/۰۲ ۰۰:۱۵» ساعت 00:15 آن روز در تهران وجود نداشت`), true, shown[0]);
  assert.is(shown[1], "    «۱۴۰۰/۰۱/۰۲ ۰۰:۱۵» 00:15 never existed in Tehran that day (clocks moved forward an hour that night); it is read as 01:15; correct the time if another was meant — check and fix by hand");
  assert.not.ok(shown.join("\n").includes("→ «»"));
});

test.run();
