import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";

const root = process.cwd();
const fixtures = "tests/fixtures/authoring";

/** `npm run check -- …` as a child process, from the project root. */
function check(...args: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/authoring/check/cli.ts", ...args], { cwd: root, encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

test("check --json :: its shape", () => {
  const { status, stdout } = check("--json", "--releases", `${fixtures}/errors`);
  assert.is(status, 1);
  const json = JSON.parse(stdout) as Record<string, unknown>;
  assert.equal(Object.keys(json), ["ok", "summary", "files"]);
  assert.is(json.ok, false);
  assert.equal(json.summary, { files: 2, errors: 1, warnings: 3, fixed: 0 });
  const [missing, typos] = json.files as Array<Record<string, unknown>>;
  assert.equal(Object.keys(missing ?? {}), ["file", "errors", "warnings", "fixed"]);
  assert.equal(missing?.errors, [{
    field: "title",
    fa: "تیتر لازم است و نوشته نشده؛ مثلاً: بهسازی استخر کارگران کازرون آغاز شد",
    en: "the title is required and missing; e.g. بهسازی استخر کارگران کازرون آغاز شد",
  }]);
  const [first] = typos?.warnings as Array<Record<string, unknown>>;
  assert.equal(Object.keys(first ?? {}), ["rule", "field", "line", "column", "found", "replacement", "fixable", "fa", "en"]);
  assert.equal(
    [first?.rule, first?.field, first?.line, first?.column, first?.found, first?.replacement, first?.fixable],
    ["house-words", "title", 3, 8, "برنامهریزی", "برنامه‌ریزی", true],
  );
});

test("check :: exit 0 with warnings only, 0 when clean, 1 on errors, 2 on a bad option", () => {
  assert.is(check("--releases", `${fixtures}/warnings`).status, 0);
  const clean = check("--releases", `${fixtures}/clean`);
  assert.is(clean.status, 0);
  assert.match(clean.stdout, /^همهٔ ۱ خبر درست است؛ ۰ هشدار نگارشی — all 1 releases are valid; 0 writing warnings \(\d+\.\d\d s\)\n$/);
  assert.is(check("--releases", `${fixtures}/errors`).status, 1);
  const bad = check("--fixx");
  assert.is(bad.status, 2);
  assert.match(bad.stderr, /npm run check/);
});

test("check --fix :: prints what it changed, and the file is fixed", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "check-cli-"));
  cpSync(path.join(root, fixtures, "reference"), dir, { recursive: true });
  const { status, stdout } = check("--fix", "--releases", dir);
  assert.is(status, 0);
  assert.match(stdout, /اصلاح شد — fixed: .*0001-kazerun-workers-pool\.md:12:39: body: «ادارهکل» → «اداره‌کل» \[house-words\]/);
  assert.match(stdout, /۲۰ اصلاح در ۱ پرونده انجام شد — 20 fix\(es\) applied in 1 file\(s\)/);
  assert.ok(readFileSync(path.join(dir, "0001-kazerun-workers-pool.md"), "utf8").includes("اداره‌کل تعاون"));
});

test.run();
