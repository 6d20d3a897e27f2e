import { test } from "uvu";
import * as assert from "uvu/assert";
import { groupLayoutWarnings } from "../../../src/authoring/lint/group-warnings.ts";
import { lintText } from "../../../src/authoring/lint/lint-text.ts";
import { context, release } from "./rules/lint-with.ts";

const lint = (body: string, fm?: string) => lintText(release(body, fm), "x.md", context);

test("groupLayoutWarnings :: one per rule and field, with a count; a single place stays as it is", () => {
  const grouped = groupLayoutWarnings(lint("يك كار و سال 1404 و 1405 و ادارهکل", "title: تيتر آزمايشي خبر"));
  assert.equal(grouped.map((w) => [w.rule, w.field, w.count, w.found]), [
    ["arabic-letters", "title", 2, "تيتر"],
    ["arabic-letters", "body", 2, "يك"],
    ["digits", "body", 2, "1404"],
    ["house-words", "body", undefined, "ادارهکل"],
  ]);
  assert.is(grouped[2]?.fa, "رقم لاتین یا عربی در ۲ جا؛ با --fix درست می‌شود (نخستین جا نشان داده شده؛ صفحه‌کلید فارسی استاندارد را به کار ببرید)");
  assert.equal(groupLayoutWarnings(lint("يك خبر")).map((w) => w.count), [undefined]);
});

test("groupLayoutWarnings :: teh-marbuta and Arabic-Indic digits too; fixes are worded as done", () => {
  const grouped = groupLayoutWarnings(lint("ادارة كل و ادارة ديگر و ١٢ و ١٣"), true);
  assert.equal(grouped.map((w) => [w.rule, w.count, w.fa]), [
    ["teh-marbuta", 2, "ة عربی در ۲ جا درست شد"],
    ["arabic-letters", 2, "ي/ك عربی در ۲ جا درست شد"],
    ["digits", 2, "رقم لاتین یا عربی در ۲ جا درست شد"],
  ]);
});

test.run();
