import { test } from "uvu";
import * as assert from "uvu/assert";
import { base, validate } from "./validate-helper.ts";

test("validateRelease :: Persian and Arabic-Indic digits in code", () => {
  assert.is(validate({ ...base, code: "۱۴۲" }).release?.code, 142);
  assert.is(validate({ ...base, code: "١٤٢" }).release?.code, 142);
});

test("validateRelease :: codes that are not whole numbers of 1 or more", () => {
  for (const code of [0, 1.5, "12a", "-3"]) {
    assert.equal(validate({ ...base, code }).problems.map((p) => p.field), ["code"], String(code));
  }
});

test("validateRelease :: raw HTML in the body is escaped, never executed", () => {
  const html = validate(base, "متن <script>alert(1)</script> و <b>پررنگ</b>").release?.bodyHtml;
  assert.is(html, `<p>متن &lt;<bdi dir="ltr">script</bdi>&gt;<bdi dir="ltr">alert</bdi>(1)&lt;/<bdi dir="ltr">script</bdi>&gt; و &lt;<bdi dir="ltr">b</bdi>&gt;پررنگ&lt;/<bdi dir="ltr">b</bdi>&gt;</p>\n`);
});

test("validateRelease :: a withdrawn release may have an empty body", () => {
  const r = validate({ ...base, withdrawn: { date: "1404-07-01 09:00", reason: "به درخواست ادارهٔ حقوقی" } }, "");
  assert.equal(r.problems, []);
  assert.is(r.release?.withdrawn?.reason, "به درخواست ادارهٔ حقوقی");
});

test("validateRelease :: collects every problem of a file, not just the first", () => {
  const r = validate({ code: -1, title: "خ", date: "1404-06-25", topics: ["nope"], titel: "x" }, "");
  assert.equal(r.problems.map((p) => p.field).sort(), ["body", "code", "date", "lead", "title", "titel", "topics[1]"].sort());
});

test("validateRelease :: topics are 1–5 distinct keys", () => {
  assert.equal(validate({ ...base, topics: ["employment", "employment"] }).problems.map((p) => p.field), ["topics[2]"]);
  const six = ["employment", "cooperatives", "insurance", "labour-relations", "social-welfare", "skills-training"];
  assert.equal(validate({ ...base, topics: six }).problems.map((p) => p.field), ["topics"]);
});

test.run();
