import { test } from "uvu";
import * as assert from "uvu/assert";
import { renderBody } from "../../src/content/markdown.ts";

test("renderBody :: Markdown becomes HTML", () => {
  assert.is(renderBody("**خبر** مهم"), "<p><strong>خبر</strong> مهم</p>\n");
});

test("renderBody :: raw HTML is escaped", () => {
  const html = renderBody('<img src=x onerror="alert(1)"> و <script>alert(2)</script>');
  assert.not.match(html, /<img|<script/);
  assert.ok(html.startsWith("<p>&lt;"), html);
  assert.ok(html.includes(`&lt;/<bdi dir="ltr">script</bdi>&gt;`), html);
});

test("renderBody :: Latin runs are isolated in a Persian paragraph", () => {
  assert.is(renderBody("تلفن 071-32000000 است."), `<p>تلفن <bdo dir="ltr">071-32000000</bdo> است.</p>\n`);
  assert.is(renderBody("به گزارش ILNA News امروز"), `<p>به گزارش <bdi dir="ltr">ILNA News</bdi> امروز</p>\n`);
});

test("renderBody :: addresses in a body become left-to-right links (issue 14.8)", () => {
  assert.is(renderBody("نشانی https://example.ir/1404 را ببینید."), '<p>نشانی <a href="https://example.ir/1404" dir="ltr" class="url">https://example.ir/1404</a> را ببینید.</p>\n');
  // An e-mail address without mailto: stays text, isolated.
  assert.is(renderBody("رایانامهٔ pr@example.ir فعال است."), '<p>رایانامهٔ <bdi dir="ltr">pr@example.ir</bdi> فعال است.</p>\n');
  // Persian punctuation after an address stays outside the link.
  assert.is(renderBody("در https://a.ir/x، https://b.ir/؛ و https://c.ir؟"), '<p>در <a href="https://a.ir/x" dir="ltr" class="url">https://a.ir/x</a>، <a href="https://b.ir/" dir="ltr" class="url">https://b.ir/</a>؛ و <a href="https://c.ir" dir="ltr" class="url">https://c.ir</a>؟</p>\n');
  // Bare file names and domains are not guessed into links.
  assert.is(renderBody("پروندهٔ report.pdf در example.ir"), `<p>پروندهٔ <bdi dir="ltr">report.pdf</bdi> در <bdi dir="ltr">example.ir</bdi></p>\n`);
  // A written link keeps its own text and direction.
  assert.is(renderBody("[پیوند](https://a-b.ir)"), '<p><a href="https://a-b.ir">پیوند</a></p>\n');
});

test("renderBody :: Persian text and Persian digits are left alone", () => {
  assert.is(renderBody("سال ۱۴۰۴ آغاز شد."), "<p>سال ۱۴۰۴ آغاز شد.</p>\n");
});

test("renderBody :: images in a body load lazily", () => {
  assert.is(renderBody("![نمای کارگاه](/media/site.jpg)"), '<p><img src="/media/site.jpg" alt="نمای کارگاه" loading="lazy" decoding="async"></p>\n');
});


// Issue 13, kind: ordered lists typed with Persian or Arabic-Indic digits.
const list = (items: string[], start?: number) =>
  `<ol${start === undefined ? "" : ` start="${start}"`}>\n${items.map((i) => `<li>${i}</li>\n`).join("")}</ol>\n`;

test("renderBody :: regression: a list typed with Persian digits was one run-on paragraph", () => {
  assert.is(renderBody("۱. ثبت‌نام\n۲. مصاحبه\n۳. آموزش"), list(["ثبت‌نام", "مصاحبه", "آموزش"]));
});

test("renderBody :: Persian and Arabic-Indic list markers, with . or ), keep their start number", () => {
  assert.is(renderBody("۱) اول\n۲) دوم"), list(["اول", "دوم"]));
  assert.is(renderBody("١. اول\n٢. دوم"), list(["اول", "دوم"]));
  assert.is(renderBody("٣) سوم\n٤) چهارم"), list(["سوم", "چهارم"], 3));
  assert.is(renderBody("۱۲. دوازدهم\n۱۳. سیزدهم"), list(["دوازدهم", "سیزدهم"], 12));
  assert.is(renderBody("مراحل کار:\n\n۷. هفتم"), `<p>مراحل کار:</p>\n${list(["هفتم"], 7)}`);
  // Latin digits, mixed scripts in one list, a list of English words.
  assert.is(renderBody("1. اول\n۲. دوم\n٣. سوم"), list(["اول", "دوم", "سوم"]));
  assert.is(renderBody("۱. Pagefind\n۲. Eleventy"), list([`<bdi dir="ltr">Pagefind</bdi>`, `<bdi dir="ltr">Eleventy</bdi>`]));
});

test("renderBody :: Persian list markers nested, quoted, after a paragraph", () => {
  assert.is(renderBody("- بیمه\n  ۱. کارگران\n  ۲. کارفرمایان"), `<ul>\n<li>بیمه\n${list(["کارگران", "کارفرمایان"])}</li>\n</ul>\n`);
  assert.is(renderBody("> ۱. نقل اول\n> ۲. نقل دوم"), `<blockquote>\n${list(["نقل اول", "نقل دوم"])}</blockquote>\n`);
  assert.is(renderBody("این موارد:\n۱. اول\n۲. دوم"), `<p>این موارد:</p>\n${list(["اول", "دوم"])}`);
});

test("renderBody :: what is not a Persian list marker stays as written", () => {
  // As in CommonMark, only a list starting at 1 interrupts a paragraph: the text keeps its digits.
  assert.is(renderBody("متن خبر\n۲. ادامه"), "<p>متن خبر\n۲. ادامه</p>\n");
  // A hyphen after the number is not a marker (a range or a phone number reads the same way).
  assert.is(renderBody("۱- اول\n۲- دوم"), "<p>۱- اول\n۲- دوم</p>\n");
  // No space after the point: a number, not a list.
  assert.is(renderBody("۱۲.۵ درصد"), `<p><bdo dir="ltr">۱۲.۵</bdo> درصد</p>\n`);
  // Code keeps its digits.
  assert.is(renderBody("```\n۱. کد\n```"), "<pre><code>۱. کد\n</code></pre>\n");
  assert.is(renderBody("    ۱. کد"), "<pre><code>۱. کد\n</code></pre>\n");
});

// Issue 13, kind: folding ي/ك reached links, code and e-mail addresses.
test("renderBody :: regression: folding Arabic ي/ك changed a link target", () => {
  const html = renderBody("[سازمان كار عربی](https://ar.wikipedia.org/wiki/منظمة_العمل_العربية)");
  assert.is(html, `<p><a href="${encodeURI("https://ar.wikipedia.org/wiki/منظمة_العمل_العربية")}">سازمان کار عربی</a></p>\n`);
});

test("renderBody :: Arabic ي/ك folded in prose only", () => {
  const cases: Array<[string, string]> = [
    ["بيمه كارگران", "<p>بیمه کارگران</p>\n"],
    ["كد `تعاوني_كار` را ببينيد", "<p>کد <code>تعاوني_كار</code> را ببینید</p>\n"],
    ["```\nيك كد\n```", "<pre><code>يك كد\n</code></pre>\n"],
    ["نشانی <https://ar.wikipedia.org/wiki/كتاب>", `<p>نشانی <a href="${encodeURI("https://ar.wikipedia.org/wiki/كتاب")}"><bdi dir="ltr">https://ar.wikipedia.org/wiki/كتاب</bdi></a></p>\n`],
    // A bare address is a link (issue 14.8); its text keeps the Arabic letter.
    ["ببينيد https://ar.wikipedia.org/wiki/يمن را", `<p>ببینید <a href="${encodeURI("https://ar.wikipedia.org/wiki/يمن")}" dir="ltr" class="url">https://ar.wikipedia.org/wiki/يمن</a> را</p>\n`],
    ["رایانامهٔ علي@كار.ir", `<p>رایانامهٔ <bdi dir="ltr">علي@كار.ir</bdi></p>\n`],
    ["[پيوند][مرجع]\n\n[مرجع]: https://ar.wikipedia.org/wiki/كتاب", `<p><a href="${encodeURI("https://ar.wikipedia.org/wiki/كتاب")}">پیوند</a></p>\n`],
    ["![تصوير كارگاه](/media/كار.jpg)", `<p><img src="${encodeURI("/media/كار.jpg")}" alt="تصویر کارگاه" loading="lazy" decoding="async"></p>\n`],
  ];
  for (const [md, html] of cases) assert.is(renderBody(md), html, md);
});

// Issue 13, kind: digit runs in any script displayed in the wrong order (see also bidi-runs.test.ts).
test("renderBody :: regression: Persian-digit phone numbers were not isolated", () => {
  assert.is(renderBody("کارگران می‌توانند با شمارهٔ ۰۷۱ ۳۲۰۰ ۰۰۰۰ تماس بگیرند."),
    `<p>کارگران می‌توانند با شمارهٔ <bdo dir="ltr">۰۷۱ ۳۲۰۰ ۰۰۰۰</bdo> تماس بگیرند.</p>\n`);
  assert.is(renderBody("تلفن ۰۷۱-۳۲۰۰۰۰۰۲"), `<p>تلفن <bdo dir="ltr">۰۷۱-۳۲۰۰۰۰۰۲</bdo></p>\n`);
});

test.run();
