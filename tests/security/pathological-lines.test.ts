// Linear-time text processing (issue 12, point 6): one line of 200,000 characters of a kind that
// makes a backtracking regular expression quadratic goes through the loader, the Markdown renderer
// and the text lint. No timer: a linear implementation simply finishes (each case takes well under
// a second); a quadratic one takes minutes and the suite never ends. `npm run lint`
// (eslint-plugin-regexp) keeps every regular expression in src/ linear; these cases prove the
// paths that matter, hand-written algorithms (the lint's diff) included.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { lintText } from "../../src/authoring/lint/lint-text.ts";
import { renderBody } from "../../src/content/markdown.ts";
import { loadReleases } from "../../src/content/load-releases.ts";
import { PATHOLOGICAL_LINES, releaseWithBody } from "../../src/bench/pathological.ts";
import { context } from "../authoring/lint/rules/lint-with.ts";

const root = process.cwd();

test("pathological lines :: every kind is 200,000 characters long", () => {
  assert.ok(PATHOLOGICAL_LINES.length >= 20);
  for (const [name, line] of PATHOLOGICAL_LINES) assert.is(line.length, 200_000, name);
});

for (const [name, line] of PATHOLOGICAL_LINES) {
  test(`pathological lines :: regression: renderer finishes on ${name}`, () => {
    const html = renderBody(`خبر\n\n${line}\n`);
    // Some lines are Markdown syntax (a rule, a fence): only the paragraph before them is certain.
    assert.ok(html.startsWith("<p>خبر</p>\n"), name);
  });

  test(`pathological lines :: regression: text lint finishes on ${name}`, () => {
    const warnings = lintText(releaseWithBody(line), "releases/1404/0001-long.md", context);
    assert.ok(Array.isArray(warnings), name);
    for (const w of warnings) assert.is(w.file, "releases/1404/0001-long.md");
  });
}

test("pathological lines :: the linear-time patterns still find what they found before", () => {
  // Renderer: an e-mail address (even after a dot leader), a phone number, a URL.
  assert.is(
    renderBody("نشانی pr.office@fars-labour.ir و ....info@x.ir، تلفن 071-32000000 و https://fars.mcls.gov.ir/fa/news."),
    '<p>نشانی <bdi dir="ltr">pr.office@fars-labour.ir</bdi> و <bdi dir="ltr">....info@x.ir</bdi>، تلفن <bdo dir="ltr">071-32000000</bdo> و <a href="https://fars.mcls.gov.ir/fa/news" dir="ltr" class="url">https://fars.mcls.gov.ir/fa/news</a>.</p>\n',
  );
  // Lint: digits inside an e-mail, an inline code span, a link destination and Latin context stay
  // Latin; digits in Persian prose after a long dot leader are still reported.
  const body = "نامه به pr2@fars.ir و کد `x = 1404` و [پیوند](https://x.ir/1404) و ILNA 2025 و ........ سال 1404";
  const found = lintText(releaseWithBody(body), "x.md", context).filter((w) => w.rule === "digits").map((w) => w.found);
  assert.equal(found, ["1404"]);
});

test("pathological lines :: regression: loader finishes on a release of each kind", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pathological-"));
  try {
    const releasesDir = path.join(dir, "releases");
    mkdirSync(path.join(releasesDir, "1404"), { recursive: true });
    PATHOLOGICAL_LINES.forEach(([, line], i) => {
      writeFileSync(path.join(releasesDir, "1404", `${String(i + 1).padStart(4, "0")}-long.md`), releaseWithBody(line, i + 1));
    });
    const result = loadReleases({ root, releasesDir, dataDir: path.join(root, "_data"), mediaDir: path.join(dir, "media") });
    assert.equal(result.problems.filter((p) => p.severity === "error"), []);
    assert.is(result.releases.length, PATHOLOGICAL_LINES.length);
    for (const release of result.releases) assert.ok(release.bodyHtml.startsWith("<p>بند نخست خبر.</p>\n"), `release ${release.code}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
