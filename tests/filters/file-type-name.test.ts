import { test } from "uvu";
import * as assert from "uvu/assert";
import { fileTypeName } from "../../src/filters/file-type-name.ts";

test("fileTypeName :: Persian names of common types, any case", () => {
  assert.is(fileTypeName("PDF"), "پی‌دی‌اف");
  assert.is(fileTypeName("docx"), "ورد");
  assert.is(fileTypeName("Xlsx"), "اکسل");
  assert.is(fileTypeName("ZIP"), "فشرده");
  assert.is(fileTypeName("jpeg"), "تصویر");
});

test("fileTypeName :: an unknown type keeps its extension after «پروندهٔ»", () => {
  assert.is(fileTypeName("odg"), "پروندهٔ ODG");
  assert.is(fileTypeName("EPUB"), "پروندهٔ EPUB");
});

test.run();
