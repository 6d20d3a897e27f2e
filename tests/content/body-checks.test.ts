import { test } from "uvu";
import * as assert from "uvu/assert";
import { BODY_WARN_BYTES, checkBody } from "../../src/content/body-checks.ts";

const DATA_FA = "متن خبر نشانی data: دارد (تصویر یا پرونده‌ای که درون متن چسبانده شده)؛ تصویر را پرونده کنید و در image یا attachments بیاورید";
const DATA_EN = "the body holds a data: URI (an image or file pasted into the text); save it as a file and name it in image or attachments";

test("checkBody :: regression: a data: URI pasted into the body is an error naming file and field", () => {
  const bodies = [
    "![نمودار](data:image/png;base64,iVBORw0KGgo=)",
    "[فایل](DATA:application/pdf;base64,JVBERi0=)",
    "<img src=\"data:image/svg+xml;charset=utf-8,<svg/>\">",
    "پیوند [این](data:,hello) است.",
    "متن\n\n![a](data:image/jpeg;name=photo.jpg;base64,/9j/4AAQ)",
  ];
  for (const body of bodies) {
    const [p, ...rest] = checkBody("releases/x.md", body);
    assert.equal(rest, [], body);
    assert.equal({ ...p, found: undefined }, { file: "releases/x.md", field: "body", found: undefined, severity: "error", fa: DATA_FA, en: DATA_EN }, body);
    assert.ok(p?.found?.toLowerCase().startsWith("data:"), body);
  }
});

test("checkBody :: prose that merely says data or metadata is fine", () => {
  for (const body of ["metadata: کامل است", "داده‌ها (data) منتشر شد", "bigdata:x,y", "https://x.ir/data:y", "data:"]) {
    assert.equal(checkBody("releases/x.md", body), [], body);
  }
});

test("checkBody :: the found value of a 1 MB data: image is bounded", () => {
  const [p] = checkBody("releases/x.md", `![x](data:image/png;base64,${"A".repeat(1_000_000)})`);
  assert.ok(p && p.found && p.found.length <= 60);
});

test("checkBody :: a body over 200 KB is a warning, not an error", () => {
  assert.equal(checkBody("releases/x.md", "آ".repeat(BODY_WARN_BYTES / 2)), []); // exactly 200 KB in UTF-8
  const [w] = checkBody("releases/x.md", "کارگران ".repeat(40_000));
  assert.equal(w, {
    file: "releases/x.md", field: "body", found: "586 KB", severity: "warning",
    fa: "متن خبر 586 کیلوبایت است (بیش از ۲۰۰ کیلوبایت)؛ در خوراک‌ها فقط خلاصه و پیوند آن می‌آید. آیا متنی اضافه چسبانده شده؟",
    en: "the body is 586 KB (over 200 KB); feeds will carry only its summary and link. Was something pasted by mistake?",
  });
});

test.run();
