import { test } from "uvu";
import * as assert from "uvu/assert";
import { readBuildTime } from "../../../src/content/build-time.ts";
import { jalaliStamp } from "../../../src/authoring/new/jalali-stamp.ts";

test("jalaliStamp :: now in Tehran, written in Jalali as the loader reads it", () => {
  assert.is(jalaliStamp(readBuildTime({ SOURCE_DATE_EPOCH: "1758004200" })), "1404-06-25 10:00");
});

test("jalaliStamp :: the Nowruz edge in Tehran time", () => {
  assert.is(jalaliStamp(new Date("2025-03-20T20:29:00Z")), "1403-12-30 23:59");
  assert.is(jalaliStamp(new Date("2025-03-20T20:30:00Z")), "1404-01-01 00:00");
});

test.run();
