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
  assert.ok(html.includes("&lt;/<bdi>script</bdi>&gt;"), html);
});

test("renderBody :: Latin runs are isolated in a Persian paragraph", () => {
  assert.is(renderBody("تلفن 071-32000000 است."), "<p>تلفن <bdi>071-32000000</bdi> است.</p>\n");
  assert.is(renderBody("به گزارش ILNA News امروز"), "<p>به گزارش <bdi>ILNA News</bdi> امروز</p>\n");
});

test("renderBody :: addresses in a body become left-to-right links (issue 14.8)", () => {
  assert.is(renderBody("نشانی https://example.ir/1404 را ببینید."), '<p>نشانی <a href="https://example.ir/1404" dir="ltr" class="url">https://example.ir/1404</a> را ببینید.</p>\n');
  assert.is(renderBody("رایانامهٔ pr@example.ir فعال است."), '<p>رایانامهٔ <a href="mailto:pr@example.ir" dir="ltr" class="url">pr@example.ir</a> فعال است.</p>\n');
  // Persian punctuation after an address stays outside the link.
  assert.is(renderBody("در https://a.ir/x، https://b.ir/؛ و https://c.ir؟"), '<p>در <a href="https://a.ir/x" dir="ltr" class="url">https://a.ir/x</a>، <a href="https://b.ir/" dir="ltr" class="url">https://b.ir/</a>؛ و <a href="https://c.ir" dir="ltr" class="url">https://c.ir</a>؟</p>\n');
  // Bare file names and domains are not guessed into links.
  assert.is(renderBody("پروندهٔ report.pdf در example.ir"), "<p>پروندهٔ <bdi>report.pdf</bdi> در <bdi>example.ir</bdi></p>\n");
  // A written link keeps its own text and direction.
  assert.is(renderBody("[پیوند](https://a-b.ir)"), '<p><a href="https://a-b.ir">پیوند</a></p>\n');
});

test("renderBody :: Persian text and Persian digits are left alone", () => {
  assert.is(renderBody("سال ۱۴۰۴ آغاز شد."), "<p>سال ۱۴۰۴ آغاز شد.</p>\n");
});

test("renderBody :: images in a body load lazily", () => {
  assert.is(renderBody("![نمای کارگاه](/media/site.jpg)"), '<p><img src="/media/site.jpg" alt="نمای کارگاه" loading="lazy" decoding="async"></p>\n');
});

test.run();
