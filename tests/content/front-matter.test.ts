import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { decodeRelease, parseFrontMatter, type ReadError } from "../../src/content/front-matter.ts";
import { loadReleases } from "../../src/content/load-releases.ts";
import { formatProblem } from "../../src/content/problem.ts";

const root = process.cwd();
const reader = "tests/fixtures/reader";
const hostile = "tests/fixtures/hostile";

/** The loader's problems for one fixture folder, each as the two lines a PR officer reads. */
function messages(dir: string): string[] {
  return loadReleases({ root, releasesDir: path.join(root, dir) }).problems.map(formatProblem);
}

/** The reader's error for a front matter, or a failure naming what it read instead. */
function error(yaml: string): ReadError {
  const read = parseFrontMatter(`---\n${yaml}\n---\nمتن`);
  if (read.ok) throw new Error(`read without error: ${JSON.stringify(read.data)}`);
  return read.error;
}

function data(yaml: string): Record<string, unknown> {
  const read = parseFrontMatter(`---\n${yaml}\n---\nمتن`);
  if (!read.ok) throw new Error(`${read.error.fa}\n${read.error.en}`);
  return read.data;
}

/** No Latin word may appear in the Persian part except keys, examples and file names. */
function assertPlainPersian(e: ReadError): void {
  assert.not.match(e.fa, /YAML|mapping|indentation|scalar|implicit|flow/i, e.fa);
}

// ——— YAML only: engine switches (issue 12 §4) ———

for (const [file, first] of [
  ["0001-js-side-effect.md", "---js"], ["0002-json.md", "---json"], ["0003-coffee.md", "---coffee"],
  ["0004-javascript-space.md", "--- javascript"], ["0005-yaml-named.md", "---yaml"],
] as const) {
  test(`front matter :: hostile: ${first} is refused, never executed (${file})`, () => {
    const msg = messages(`${hostile}/yaml-engine`).find((m) => m.includes(file));
    assert.is(msg,
      `${hostile}/yaml-engine/${file}:1: front matter: «${first}» خط اول پرونده باید فقط --- باشد و چیزی پس از آن نیاید؛ مشخصات خبر فقط به شکل «کلید: مقدار» خوانده می‌شود و هیچ کدی اجرا نمی‌شود\n` +
      `    «${first}» the first line must be exactly ---; the front matter is read as YAML only, never as JavaScript, JSON or CoffeeScript`);
  });
}

test("front matter :: more engine switches of my own are refused too", () => {
  for (const first of ["---JS", "---javascript", "--- json", "---cson", "---toml", "---\tjs"]) {
    const read = parseFrontMatter(`${first}\ncode: 1\n---\nمتن`);
    assert.ok(!read.ok && read.error.field === "front matter" && read.error.line === 1, first);
  }
  // Trailing spaces after the fence are harmless.
  assert.equal(parseFrontMatter("---  \ncode: 1\n---\nمتن").ok, true);
});

// ——— Anchors and aliases (issue 12 §4) ———

test("front matter :: hostile: a billion-laughs alias bomb is refused with the file and line", () => {
  const [msg, ...rest] = messages(`${hostile}/yaml-aliases`);
  assert.ok(msg?.startsWith(`${hostile}/yaml-aliases/0001-billion-laughs.md:3: a: «a: &a ["lol","lol",`), msg);
  assert.ok(msg?.includes("در خط 3 مقدار با & یا * شروع شده، که نشانهٔ ارجاع است و پذیرفته نیست"), msg);
  assert.ok(msg?.includes("line 3 uses a YAML anchor or alias"), msg);
  assert.is(rest.length, 2);
});

test("front matter :: hostile: an alias for a title and a merge key are refused", () => {
  const msgs = messages(`${hostile}/yaml-aliases`);
  assert.ok(msgs[1]?.startsWith(`${hostile}/yaml-aliases/0002-alias-title.md:3: kicker: «kicker: &k`), msgs[1]);
  assert.ok(msgs[2]?.startsWith(`${hostile}/yaml-aliases/0003-merge-key.md:9: base: «base: &base {county: kazerun}»`), msgs[2]);
});

test("front matter :: anchors and aliases of my own, in lists, maps and nested values", () => {
  for (const [yaml, line] of [
    ["topics: &t [employment]\nx: *t", 2],
    ["image:\n  alt: &a شرح\n  caption: *a", 3],
    ["updates:\n  - &u {date: 1404-06-26 10:00, note: یک}\n  - *u", 3],
    ["code: &c ۱۲", 2],
    ["title: !!str &x تیتر", 2],
  ] as const) {
    const e = error(yaml);
    assert.is(e.line, line, yaml);
    assert.ok(e.fa.includes("نشانهٔ ارجاع"), e.fa);
  }
});

test("front matter :: a title starting with * or & must be quoted, and says so", () => {
  for (const [yaml, key] of [["title: *فوری* نشست کارگروه", "title"], ["lead: *** خبر", "lead"]] as const) {
    const e = error(yaml);
    assert.is(e.field, key);
    assert.ok(e.fa.startsWith("در خط 2 مقدار با نشانهٔ * شروع شده که معنای ویژه دارد؛ مقدار را داخل گیومه بگذارید"), e.fa);
  }
  // The other signs YAML reserves: a tag (js-yaml refuses it, the yaml package only warns), @ and `.
  for (const [yaml, sign] of [["title: !مهم نشست کارگروه", "!"], ["kicker: @fars_labour خبر داد", "@"], ["lead: `کد` خبر", "`"], ["title: !!binary x", "!"]] as const) {
    const e = error(`code: 1\n${yaml}`);
    assert.is(e.line, 3, yaml);
    assert.ok(e.fa.startsWith(`در خط 3 مقدار با نشانهٔ ${sign} شروع شده که معنای ویژه دارد؛ مقدار را داخل گیومه بگذارید: `), e.fa);
  }
  // & starts an anchor: refused with the anchor message, which says to quote such text.
  for (const yaml of ["kicker: &nbsp; خبر", "kicker: *خبر"]) {
    assert.ok(error(yaml).fa.includes("متنی را که با * یا & شروع می‌شود داخل گیومه بگذارید"), yaml);
  }
  assert.is(data('title: "*فوری* نشست"').title, "*فوری* نشست");
});

// ——— Issue 13 §1: the common mistakes, each a named fixture with its exact message ———

const NAMED: Array<[kind: string, message: string]> = [
  ["unquoted-colon",
    `${reader}/unquoted-colon/0001-pool.md:4: title: «مدیرکل: بهسازی استخر کارگران کازرون آغاز شد» در خط 4، درون تیتر دونقطه (:) آمده و بقیهٔ خط مشخصهٔ تازه‌ای خوانده می‌شود؛ تیتر را داخل گیومه بگذارید: title: "مدیرکل: بهسازی استخر کارگران کازرون آغاز شد"\n` +
    `    «مدیرکل: بهسازی استخر کارگران کازرون آغاز شد» on line 4 the title contains a colon (:), which starts a new key; put it in quotes: title: "مدیرکل: بهسازی استخر کارگران کازرون آغاز شد"`],
  ["hash-comment",
    `${reader}/hash-comment/0001-pool.md:4: title: «برگزاری نشست شمارهٔ #۳ کارگروه اشتغال» در خط 4 پس از فاصله نشانهٔ # آمده و باقی تیتر از آنجا به بعد دور ریخته می‌شود؛ تیتر را داخل گیومه بگذارید: title: "برگزاری نشست شمارهٔ #۳ کارگروه اشتغال"\n` +
    `    «برگزاری نشست شمارهٔ #۳ کارگروه اشتغال» on line 4 a # after a space starts a comment and the rest of the title is dropped; put it in quotes: title: "برگزاری نشست شمارهٔ #۳ کارگروه اشتغال"`],
  ["hash-title",
    `${reader}/hash-title/0001-pool.md:4: title: «#۳ نشست کارگروه اشتغال کازرون» تیتر با # شروع شده و چنین خطی یادداشت خوانده می‌شود، پس تیتر خالی می‌ماند (خط 4)؛ تیتر را داخل گیومه بگذارید: title: "#۳ نشست کارگروه اشتغال کازرون"\n` +
    `    «#۳ نشست کارگروه اشتغال کازرون» the title starts with #, which makes the line a comment and the title empty (line 4); put it in quotes: title: "#۳ نشست کارگروه اشتغال کازرون"`],
  ["tab-indent",
    `${reader}/tab-indent/0001-pool.md:11: src: «src: ./pool.jpg» خط 11 با نویسهٔ Tab جلو رفته؛ برای تورفتگی فقط فاصله (Space) بزنید، مثلاً دو فاصله پیش از src:\n` +
    `    «src: ./pool.jpg» line 11 is indented with a tab; indent with spaces only, e.g. two spaces before src:`],
  ["duplicate-key",
    `${reader}/duplicate-key/0001-pool.md:10: title: «title» مشخصهٔ «title» دو بار آمده (خط 4 و خط 10)؛ هر مشخصه یک بار نوشته می‌شود: یکی را پاک کنید\n` +
    `    «title» the key “title” appears twice (lines 4 and 10); each key is written once: delete one`],
  ["unclosed-quote",
    `${reader}/unclosed-quote/0001-pool.md:4: title: «title: "بهسازی استخر کارگران کازرون آغاز شد» گیومهٔ " در خط 4 باز شده و بسته نشده؛ گیومهٔ پایانی را در آخر همان خط بگذارید: title: "بهسازی استخر کارگران کازرون آغاز شد"\n` +
    `    «title: "بهسازی استخر کارگران کازرون آغاز شد» the quote " opened on line 4 is never closed; end the line with the closing quote: title: "بهسازی استخر کارگران کازرون آغاز شد"`],
  ["unclosed-bracket",
    `${reader}/unclosed-bracket/0001-pool.md:10: topics: «topics: [workers-facilities, employment» کروشهٔ [ در خط 10 باز شده و بسته نشده؛ آن را در همان خط با ] ببندید، مثلاً topics: [employment, insurance]\n` +
    `    «topics: [workers-facilities, employment» the [ opened on line 10 is never closed; close it with ] on the same line, e.g. topics: [employment, insurance]`],
];

for (const [kind, message] of NAMED) {
  test(`front matter :: named fixture ${kind}: the exact message, at the file's own line`, () => {
    assert.equal(messages(`${reader}/${kind}`), [message]);
  });
}

test("front matter :: regression: the repo's broken-yaml names line 9, where the [ opens (was 11)", () => {
  const [msg] = messages("tests/fixtures/invalid/broken-yaml");
  assert.ok(msg?.startsWith("tests/fixtures/invalid/broken-yaml/0142-pool.md:9: county: «county: [kazerun» کروشهٔ [ در خط 9 باز شده"), msg);
});

test("front matter :: line numbers are the file's with a BOM and with CRLF line ends too", () => {
  const crlf = parseFrontMatter("---\r\ncode: 1\r\ntitle: a\r\ntitle: b\r\n---\r\nمتن");
  assert.ok(!crlf.ok && crlf.error.line === 4, JSON.stringify(crlf));
  const bom = parseFrontMatter("\uFEFF---\ncode: 1\ntitle: \"abc\n---\nمتن");
  assert.ok(!bom.ok && bom.error.line === 3, JSON.stringify(bom));
});

test("front matter :: unquoted colon, five inputs of my own: field, line and the quoted fix", () => {
  const cases: Array<[string, string, number, string]> = [
    ["code: 1\nkicker: گزارش: مدیرکل خبر داد", "kicker", 3, 'روتیتر را داخل گیومه بگذارید: kicker: "گزارش: مدیرکل خبر داد"'],
    ["lead: مدیرکل گفت: طرح آغاز شد", "lead", 2, 'لید را داخل گیومه بگذارید: lead: "مدیرکل گفت: طرح آغاز شد"'],
    ["title: Fars: نشست کارگروه اشتغال", "title", 2, 'title: "Fars: نشست کارگروه اشتغال"'],
    ["code: 1\nimage:\n  src: ./a.jpg\n  alt: استخر: نمای بیرونی", "alt", 5, 'alt: "استخر: نمای بیرونی"'],
    ["title: تیتر ساده\nlead: پایان:", "lead", 3, 'lead: "پایان:"'],
  ];
  for (const [yaml, field, line, fix] of cases) {
    const e = error(yaml);
    assert.equal([e.field, e.line], [field, line], yaml);
    assert.ok(e.fa.includes("دونقطه (:)") && e.fa.includes(fix), e.fa);
    assertPlainPersian(e);
  }
  // A colon with no space after it is text, in any digits.
  assert.is(data("title: نشست ساعت ۱۰:۳۰ برگزار شد").title, "نشست ساعت ۱۰:۳۰ برگزار شد");
  assert.is(data("title: نشست ساعت ١٠:٣٠ برگزار شد").title, "نشست ساعت ١٠:٣٠ برگزار شد");
});

test("front matter :: ` #` on a text field's line, six inputs of my own: an error, never a cut", () => {
  const cases: Array<[string, string, number]> = [
    ["kicker: گزارش #۲ روابط عمومی", "kicker", 2],
    ["code: 1\nlead: لید خبر #مهم و ادامهٔ آن", "lead", 3],
    ["image:\n  src: ./a.jpg\n  caption: نمای استخر #1", "image.caption", 4],
    ["attachments:\n  - src: ./a.pdf\n    title: بخشنامهٔ #٣ وزارت", "attachments[1].title", 4],
    ["updates:\n  - date: 1404-06-26 10:00\n    note: اصلاح #شماره", "updates[1].note", 4],
    ["withdrawn:\n  date: 1404-06-26 10:00\n  reason: #اشتباه در خبر", "withdrawn.reason", 4],
  ];
  for (const [yaml, field, line] of cases) {
    const e = error(yaml);
    assert.equal([e.field, e.line], [field, line], yaml);
    assert.ok(e.fa.includes("داخل گیومه بگذارید"), e.fa);
    assertPlainPersian(e);
  }
  // A # that is not after a space, a quoted one, and a comment on a non-text line are fine.
  assert.equal(data('title: برنامه‌نویسی C# و شماره#۳\nkicker: "نشست #۳"\ncode: 1 # یادداشت'), { title: "برنامه‌نویسی C# و شماره#۳", kicker: "نشست #۳", code: 1 });
});

test("front matter :: tab indentation, five inputs of my own", () => {
  for (const [yaml, line] of [
    ["image:\n\tsrc: ./a.jpg", 3],
    ["topics:\n\t- employment", 3],
    ["attachments:\n  - src: ./a.pdf\n\t  title: پیوست", 4],
    ["updates:\n \t- date: 1404-06-26 10:00", 3],
    ["withdrawn:\n\treason: دلیل", 3],
  ] as const) {
    const e = error(yaml);
    assert.is(e.line, line, yaml);
    assert.ok(e.fa.includes("با نویسهٔ Tab جلو رفته؛ برای تورفتگی فقط فاصله (Space) بزنید"), e.fa);
  }
  assert.is(data("title:\tتیتر با تب پس از دونقطه").title, "تیتر با تب پس از دونقطه");
});

test("front matter :: duplicate keys, five inputs of my own", () => {
  for (const [yaml, key, line] of [
    ["code: 1\ncode: 2", "code", 3],
    ["topics: [employment]\ntitle: تیتر\ntopics: [insurance]", "topics", 4],
    ["image:\n  src: ./a.jpg\n  alt: یک\n  alt: دو", "alt", 5],
    ["date: ۱۴۰۴-۰۶-۲۵ ۱۰:۳۰\ndate: 1404-06-25 10:30", "date", 3],
    ["county: kazerun\nlead: لید\ncounty: shiraz", "county", 4],
  ] as const) {
    const e = error(yaml);
    assert.equal([e.field, e.line], [key, line], yaml);
    assert.ok(e.fa.includes(`مشخصهٔ «${key}» دو بار آمده`), e.fa);
  }
});

test("front matter :: unclosed quotes and brackets, five inputs of my own each", () => {
  for (const [yaml, line, fa] of [
    ['kicker: "روتیتر بی‌پایان\ntitle: تیتر', 2, 'گیومهٔ " در خط 2 باز شده'],
    ["title: 'تیتر بی‌پایان\ncode: 1", 2, "گیومهٔ ' در خط 2 باز شده"],
    ['code: 1\nimage:\n  src: ./a.jpg\n  alt: "شرح تصویر', 5, 'گیومهٔ " در خط 5 باز شده'],
    ['updates:\n  - date: 1404-06-26 10:00\n    note: "اصلاح', 4, 'گیومهٔ " در خط 4 باز شده'],
    ['lead: "Fars news ۱۴۰۴\ncounty: kazerun', 2, 'گیومهٔ " در خط 2 باز شده'],
    ["topics: [employment, insurance\ncode: 1", 2, "کروشهٔ [ در خط 2 باز شده"],
    ["code: 1\ntopics: [اشتغال، بیمه", 3, "کروشهٔ [ در خط 3 باز شده"],
    ["image: {src: ./a.jpg, alt: شرح\ncode: 1", 2, "کروشهٔ { در خط 2 باز شده"],
    ["attachments: [{src: ./a.pdf, title: پیوست}\ncode: 1", 2, "کروشهٔ [ در خط 2 باز شده"],
    ["county: [kazerun\ntopics: [employment]", 2, "کروشهٔ [ در خط 2 باز شده"],
  ] as const) {
    const e = error(yaml);
    assert.is(e.line, line, yaml);
    assert.ok(e.fa.includes(fa), `${yaml}\n${e.fa}`);
    assertPlainPersian(e);
  }
});

test("front matter :: a stray indent and text after a closing quote say where and what", () => {
  const indent = error("code: 1\n  title: تیتر");
  assert.equal([indent.line, indent.fa.startsWith("خط 3 بی‌جا جلوتر از خط بالایش آغاز شده")], [3, true]);
  const after = error('title: "نشست" برگزار شد');
  assert.is(after.fa, 'در خط 2 پس از گیومهٔ پایانی باز هم متن آمده؛ همهٔ مقدار را داخل یک جفت گیومه بگذارید: title: "نشست برگزار شد"');
});

test("front matter :: dates stay text, keys lose invisible marks, nothing else is converted", () => {
  assert.equal(data("code: 0142\ndate: 2025-09-16T10:30\n\u200Ftitle\u200E: تیتر\ndraft: yes"), { code: 142, date: "2025-09-16T10:30", title: "تیتر", draft: "yes" });
});

// ——— Issue 13 §6: encodings ———

const SAVE_FA = "پرونده را با کدگذاری UTF-8 ذخیره کنید: در Notepad از منوی File گزینهٔ Save As را بزنید و پایین پنجره Encoding را UTF-8 بگذارید";
const SAVE_EN = "save the file as UTF-8: in Notepad, File → Save As, then Encoding: UTF-8";

for (const [kind, fa, en] of [
  ["encoding-windows-1256", "Windows-1256 (عربی ویندوز)", "Windows-1256 (Arabic Windows)"],
  ["encoding-utf16le-bom", "UTF-16 (در Notepad: Unicode)", "UTF-16 LE (Notepad: “Unicode”)"],
  ["encoding-utf16be-bom", "UTF-16 BE (در Notepad: Unicode big endian)", "UTF-16 BE (Notepad: “Unicode big endian”)"],
  ["encoding-utf16le", "UTF-16 (در Notepad: Unicode)", "UTF-16 LE without a BOM"],
  ["encoding-utf16be", "UTF-16 BE", "UTF-16 BE without a BOM"],
  ["encoding-latin1", "دیگری جز UTF-8 (شاید Windows-1252)", "an encoding other than UTF-8 (perhaps Windows-1252)"],
] as const) {
  test(`front matter :: named fixture ${kind}: refused, naming the encoding and how to save as UTF-8`, () => {
    assert.equal(messages(`${reader}/${kind}`), [
      `${reader}/${kind}/0001-pool.md: encoding: پرونده با کدگذاری ${fa} ذخیره شده و خوانده نمی‌شود؛ ${SAVE_FA}\n    the file is saved as ${en}, not UTF-8; ${SAVE_EN}`,
    ]);
  });
}

test("front matter :: UTF-8 with a BOM reads like UTF-8", () => {
  const { releases, problems } = loadReleases({ root, releasesDir: path.join(root, reader, "encoding-utf8-bom") });
  assert.equal(problems, []);
  assert.is(releases[0]?.title, "بهسازی استخر کارگران کازرون آغاز شد");
});

test("front matter :: encodings of my own: Persian text in each, short and long", () => {
  const text = "---\ncode: ۱۲\ntitle: بیمهٔ کارگران ساختمانی فارس\n---\nمتن";
  const cp1256 = readFileSync(path.join(root, reader, "encoding-windows-1256/0001-pool.md"));
  const cases: Array<[Uint8Array, RegExp]> = [
    [Buffer.from(`\uFEFF${text}`, "utf16le"), /UTF-16 LE/],
    [Buffer.from(text, "utf16le"), /UTF-16 LE without a BOM/],
    [Buffer.from(text, "utf16le").swap16(), /UTF-16 BE without a BOM/],
    [Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from("---\n")]), /UTF-32/],
    [cp1256.subarray(0, 200), /Windows-1256/],
    [Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x3a, 0x20, 0xe9, 0x0a]), /other than UTF-8/],
    [Buffer.from("---\ncode: 1\0\n---\n"), /NUL bytes/],
  ];
  for (const [bytes, en] of cases) {
    const read = decodeRelease(bytes);
    assert.ok(!read.ok && en.test(read.error.en), `${en}: ${JSON.stringify(read)}`);
    assert.ok(!read.ok && read.error.fa.includes(SAVE_FA));
  }
  assert.equal(decodeRelease(Buffer.from(`\uFEFF${text}`)), { ok: true, text });
});

test("front matter :: regression: a ` #` inside a one-line {…} or […] is a cut comment on its own line, not an unclosed bracket one line below", () => {
  const cases: Array<[string, string, number, string]> = [
    ["attachments:\n  - {src: ./a.pdf, title: گزارش #۲ کارگروه}", "attachments[1].title", 3, 'عنوان پیوست را داخل گیومه بگذارید: title: "گزارش #۲ کارگروه"'],
    ["attachments:\n  - {src: ./b.pdf, title: گزارش اول}\n  - {src: ./a.pdf, title: بخشنامهٔ #٣ وزارت}\ncode: 1", "attachments[2].title", 4, 'title: "بخشنامهٔ #٣ وزارت"'],
    ["image: {src: ./a.jpg, alt: نمای استخر #۲ پیش از بهسازی}", "image.alt", 2, 'متن جایگزین تصویر را داخل گیومه بگذارید: alt: "نمای استخر #۲ پیش از بهسازی"'],
    ["code: 1\ntopics: [employment, #insurance]", "topics", 3, "نشانهٔ # را پاک کنید"],
  ];
  for (const [yaml, field, line, fix] of cases) {
    const e = error(yaml);
    assert.equal([e.field, e.line], [field, line], `${yaml}\n${e.fa}`);
    assert.ok(e.fa.startsWith(`در خط ${line} پس از فاصله نشانهٔ # آمده`), e.fa);
    assert.ok(e.fa.includes(fix), e.fa);
    assert.not.ok(e.fa.includes("بسته نشده"), e.fa);
    assertPlainPersian(e);
  }
  assert.is(error("image: {src: ./a.jpg, alt: نمای #۲}").en, 'on line 2 a # after a space starts a comment that swallows the rest of the line and its closing }; put the image alt text in quotes: alt: "نمای #۲"');
});

test("front matter :: regression: an unquoted colon inside a one-line {…} names the field and quotes it (was field «{src», a generic message)", () => {
  const cases: Array<[string, string, number, string]> = [
    ["attachments:\n  - {src: ./a.pdf, title: گزارش: کارگروه}", "attachments[1].title", 3, 'title: "گزارش: کارگروه"'],
    ["image: {src: ./a.jpg, alt: نمای استخر: پیش از بهسازی}", "image.alt", 2, 'alt: "نمای استخر: پیش از بهسازی"'],
    ['attachments:\n  - {src: ./b.pdf, title: "گزارش: اول"}\n  - {src: ./a.pdf, title: بخشنامه: دوم}', "attachments[2].title", 4, 'title: "بخشنامه: دوم"'],
  ];
  for (const [yaml, field, line, fix] of cases) {
    const e = error(yaml);
    assert.equal([e.field, e.line], [field, line], `${yaml}\n${e.fa}`);
    assert.ok(e.fa.includes(`را داخل گیومه بگذارید: ${fix}`), e.fa);
    assert.ok(e.en.includes("contains a colon (:), which starts a new key; put it in quotes"), e.en);
    assertPlainPersian(e);
  }
});

test.run();
