import { test } from "uvu";
import * as assert from "uvu/assert";
import { fileSize } from "../../src/filters/file-size.ts";

test("fileSize :: Persian digits and units", () => {
  assert.is(fileSize(2_411_725), "۲٫۳ مگابایت");
  assert.is(fileSize(15_360), "۱۵ کیلوبایت");
  assert.is(fileSize(512), "۵۱۲ بایت");
});

test.run();
