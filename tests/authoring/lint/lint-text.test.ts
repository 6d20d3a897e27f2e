import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { lintText } from "../../../src/authoring/lint/lint-text.ts";
import { context } from "./rules/lint-with.ts";

const fixture = path.join(process.cwd(), "tests/fixtures/authoring/warnings/1404/0001-typos.md");
const text = readFileSync(fixture, "utf8");
const all = lintText(text, "releases/1404/0001-typos.md", context);
const brief = (w: (typeof all)[number]) => `${w.line}:${w.column} ${w.field} ${w.rule} ${w.found} → ${w.replacement}`;

test("lintText :: line and column in the file, not in the field", () => {
  assert.equal(all.map(brief), [
    "3:25 kicker house-words خبرداد → خبر داد",
    "4:22 title arabic-letters كارگران → کارگران",
    "6:86 lead digits 1404 → ۱۴۰۴",
    "7:47 lead zwnj-affixes می گیرد → می‌گیرد",
    "13:28 updates[1].note punctuation-spacing شد . → شد.",
    "15:22 body house-words ادارهکل → اداره‌کل",
    "15:30 body punctuation-spacing تعاون ، → تعاون،",
    '15:80 body straight-quotes "استخر → «استخر',
    "15:81 body double-space استخر  تا → استخر تا",
    "15:105 body zwnj-affixes می شود → می‌شود",
    '15:108 body straight-quotes شود" → شود»',
  ]);
});

test("lintText :: warnings are bilingual, name the file and are warnings", () => {
  const w = all.find((x) => x.rule === "house-words" && x.field === "body");
  assert.ok(w);
  assert.is(w.file, "releases/1404/0001-typos.md");
  assert.is(w.severity, "warning");
  assert.is(w.fa, "نگارش درست این واژه در فهرست واژه‌های خانه (_data/house-words.json) آمده است («اداره» + نیم‌فاصله + «کل»؛ نیم‌فاصله در صفحه‌کلید فارسی استاندارد: Shift+Space)");
  assert.is(w.en, "the house word list (_data/house-words.json) gives the right spelling («اداره» + ZWNJ + «کل»)");
  assert.is(text.slice(w.offset, w.offset + w.found.length), w.found);
});

test("lintText :: Latin, URLs and front-matter keys and dates bring no warning", () => {
  assert.not.ok(all.some((w) => /ILNA|example|1404-06|topics|date/.test(w.found)));
});

test("lintText :: a file without front matter has no warnings", () => {
  assert.equal(lintText("ادارهکل میشود", "x.md", context), []);
});

test.run();
