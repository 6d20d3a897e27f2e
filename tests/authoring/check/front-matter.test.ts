import { test } from "uvu";
import * as assert from "uvu/assert";
import { frontMatterSkeleton } from "../../../src/authoring/check/front-matter.ts";

test("frontMatterSkeleton :: prose values blanked, everything else kept, dates as text", () => {
  assert.is(
    frontMatterSkeleton("---\ncode: 1\ntitle: تیتر\ndate: 1404-06-25 10:30\nupdates:\n  - date: 1404-06-26 09:00\n    note: یک\n---\nمتن"),
    '{"code":1,"title":"…","date":"1404-06-25 10:30","updates":[{"date":"1404-06-26 09:00","note":"…"}]}',
  );
});

test("frontMatterSkeleton :: a changed key or structure shows; unreadable YAML is null", () => {
  assert.is.not(frontMatterSkeleton("---\ntitle: a\n---\n"), frontMatterSkeleton("---\ntitle: a: b\nx: 1\n---\n"));
  assert.is(frontMatterSkeleton("---\ntitle: [\n---\n"), null);
});

test.run();
