import { test } from "uvu";
import * as assert from "uvu/assert";
import { readBuildTime } from "../../src/content/build-time.ts";

test("readBuildTime :: SOURCE_DATE_EPOCH wins over the clock", () => {
  assert.is(readBuildTime({ SOURCE_DATE_EPOCH: "1758004200" }, () => 0).toISOString(), "2025-09-16T06:30:00.000Z");
});

test("readBuildTime :: the clock when unset", () => {
  assert.is(readBuildTime({}, () => 1_000_000).getTime(), 1_000_000);
});

test("readBuildTime :: a malformed value is an error in both languages", () => {
  assert.throws(() => readBuildTime({ SOURCE_DATE_EPOCH: "yesterday" }), /باید عدد صحیح ثانیه[\s\S]*must be whole seconds since 1970/);
});

test.run();
