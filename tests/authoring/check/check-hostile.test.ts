import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { runCheck } from "../../../src/authoring/check/check.ts";
import { HOSTILE } from "../../content/hostile-cases.ts";

const root = process.cwd();
const hostile = path.join(root, "tests/fixtures/hostile");

// The kinds whose files need no media/ folder: check reads media/ from the project root.
for (const kind of ["traversal-attachment", "absolute-path", "html-attachment", "svg-image", "fake-jpg-image", "colliding-names", "data-uri-body"]) {
  test(`check :: hostile ${kind}: the build's exact errors`, () => {
    const report = runCheck({ root, releasesDir: path.join(hostile, kind, "releases") });
    assert.is(report.errors, (HOSTILE[kind] ?? []).length);
    assert.equal(
      report.files.flatMap((f) => f.errors.map((p) => [p.field, p.found, p.fa, p.en])),
      HOSTILE[kind],
    );
  });
}

test("check :: regression: a body over 200 KB is a loader warning, not an error", () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "newsroom-check-huge-"));
  try {
    cpSync(path.join(hostile, "traversal-attachment/releases"), tmp, { recursive: true });
    const file = path.join(tmp, "0001-visit.md");
    const text = readFileSync(file, "utf8").replace(/attachments:\n.*\n.*\n/, "");
    writeFileSync(file, `${text}${"کارگران در کارگاه ".repeat(10_000)}\n`);
    const report = runCheck({ root, releasesDir: tmp });
    assert.is(report.errors, 0);
    const loader = report.files.flatMap((f) => f.warnings).filter((w) => w.rule === "loader");
    assert.equal(loader.map((w) => [w.field, w.found, w.en]), [["body", "322 KB", "the body is 322 KB (over 200 KB); feeds will carry only its summary and link. Was something pasted by mistake?"]]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

test.run();
