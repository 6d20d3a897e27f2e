import { test } from "uvu";
import * as assert from "uvu/assert";
import { publishedNameClash, reservedNameRefusal } from "../../src/content/published-names.ts";

test("reservedNameRefusal :: index.html and anything ending .gz, in any case", () => {
  for (const p of ["/releases/1/index.html", "/releases/1/INDEX.HTML", "/media/index.html", "/releases/1/a.pdf.gz", "/media/x.GZ"]) {
    assert.ok(reservedNameRefusal(p), p);
  }
  for (const p of ["/releases/1/index.htm.pdf", "/releases/1/gz.pdf", "/releases/1/index.html.pdf"]) assert.is(reservedNameRefusal(p), undefined, p);
  assert.equal(reservedNameRefusal("/releases/1/a.gz"), {
    fa: "نام «a.gz» رزرو شده است (index.html و نام‌های پایان‌یافته به .gz را خود سایت می‌سازد)؛ نام پرونده را عوض کنید",
    en: "the name “a.gz” is reserved (the site writes index.html and names ending in .gz itself); rename the file",
  });
});

test("publishedNameClash :: same path, case or Unicode form collide; different names do not", () => {
  const earlier = ["/releases/1/report.pdf", "/releases/1/گزارش.pdf"];
  assert.equal(publishedNameClash("/releases/1/REPORT.pdf", earlier), {
    fa: "پروندهٔ دیگری از همین خبر با همین نام (/releases/1/REPORT.pdf) منتشر می‌شود؛ یکی از دو پرونده را تغییر نام دهید",
    en: "another file of this release is published under the same name (/releases/1/REPORT.pdf); rename one of the two",
  });
  assert.ok(publishedNameClash("/releases/1/گزارش.pdf".normalize("NFD"), earlier));
  // آ (U+0622) and ا + combining madda (U+0627 U+0653) are one letter in NFC.
  assert.ok(publishedNameClash("/releases/1/\u0627\u0653مار.pdf", ["/releases/1/\u0622مار.pdf"]));
  assert.is(publishedNameClash("/releases/1/report-2.pdf", earlier), undefined);
  assert.is(publishedNameClash("/media/report.pdf", earlier), undefined);
});

test.run();
