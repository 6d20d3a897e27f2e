import { test } from "uvu";
import * as assert from "uvu/assert";
import { latinSlug } from "../../../src/authoring/new/slug.ts";

test("latinSlug :: lower case Latin words joined by dashes", () => {
  assert.is(latinSlug("Kazerun Workers' Pool!"), "kazerun-workers-pool");
  assert.is(latinSlug("  --job fair 2025-- "), "job-fair-2025");
});

test("latinSlug :: Persian only gives an empty slug (the caller then uses county and topic)", () => {
  assert.is(latinSlug("استخر کارگران"), "");
});

test.run();
