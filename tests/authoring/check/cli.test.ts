import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";

const root = process.cwd();
const fixtures = "tests/fixtures/authoring";

/** `npm run check -- …` as a child process, from the project root. */
function check(...args: string[]) {
  return checkWith({}, ...args);
}

function checkWith(env: Record<string, string>, ...args: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/authoring/check/cli.ts", ...args], { cwd: root, encoding: "utf8", env: { ...process.env, ...env } });
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
  assert.match(stdout, /اصلاح شد — fixed: .*0001-kazerun-workers-pool\.md:12:39: body: «ادارهکل» → «اداره\u200cکل» \[house-words\]/);
  assert.match(stdout, /۲۰ اصلاح در ۱ پرونده انجام شد — 20 fix\(es\) applied in 1 file\(s\)/);
  assert.ok(readFileSync(path.join(dir, "0001-kazerun-workers-pool.md"), "utf8").includes("اداره‌کل تعاون"));
});

test("check --fix :: regression: a ---js front matter with side-effect code is never run", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "check-js-"));
  cpSync(path.join(root, "tests/fixtures/hostile/yaml-engine"), dir, { recursive: true });
  const marker = path.join(dir, "ran");
  try {
    const before = readFileSync(path.join(dir, "0001-js-side-effect.md"), "utf8");
    for (const args of [["--fix"], []]) {
      const { status, stdout } = checkWith({ FM_MARKER: marker }, ...args, "--releases", dir);
      assert.is(status, 1);
      assert.not.ok(existsSync(marker), `the front matter's code ran under check ${args.join(" ")}`);
      assert.match(stdout, /0001-js-side-effect\.md:1: front matter: «---js» خط اول پرونده باید فقط --- باشد/);
    }
    assert.is(readFileSync(path.join(dir, "0001-js-side-effect.md"), "utf8"), before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("check :: hostile: a missing releases folder is an error, not «all 0 are valid»", () => {
  const { status, stdout } = check("--json", "--releases", "tests/fixtures/hostile/missing-releases/releases");
  assert.is(status, 1);
  const json = JSON.parse(stdout) as { ok: boolean; files: Array<{ file: string; errors: Array<{ field: string; en: string }> }> };
  assert.is(json.ok, false);
  assert.equal(json.files.map((f) => [f.file, f.errors.map((e) => [e.field, e.en])]), [[
    "tests/fixtures/hostile/missing-releases/releases/",
    [["releases", "the releases folder does not exist; releases must be in the releases folder. If it was renamed, rename it back"]],
  ]]);
});

test("check :: hostile: an alias bomb and every reader fixture return errors with their lines", () => {
  const bomb = check("--json", "--releases", "tests/fixtures/hostile/yaml-aliases");
  assert.is(bomb.status, 1);
  const lines = (stdout: string) => (JSON.parse(stdout) as { files: Array<{ file: string; errors: Array<{ field: string; line?: number }> }> })
    .files.map((f) => `${path.basename(path.dirname(f.file))}/${path.basename(f.file)} ${f.errors.filter((e) => e.field !== "code").map((e) => `${e.field}@${e.line ?? "-"}`).join(",")}`)
    .filter((line) => !line.endsWith(" ")); // every reader fixture is code 1: the duplicate-code errors are not the point
  assert.equal(lines(bomb.stdout), ["yaml-aliases/0001-billion-laughs.md a@3", "yaml-aliases/0002-alias-title.md kicker@3", "yaml-aliases/0003-merge-key.md base@9"]);
  const all = check("--json", "--releases", "tests/fixtures/reader");
  assert.is(all.status, 1);
  assert.equal(lines(all.stdout), [
    "duplicate-key/0001-pool.md title@10",
    "encoding-latin1/0001-pool.md encoding@-",
    "encoding-utf16be-bom/0001-pool.md encoding@-",
    "encoding-utf16be/0001-pool.md encoding@-",
    "encoding-utf16le-bom/0001-pool.md encoding@-",
    "encoding-utf16le/0001-pool.md encoding@-",
    "encoding-windows-1256/0001-pool.md encoding@-",
    "hash-comment/0001-pool.md title@4",
    "hash-title/0001-pool.md title@4",
    "invisible-title/0001-pool.md title@-",
    "persian-county/0001-pool.md county@-",
    "tab-indent/0001-pool.md src@11",
    "unclosed-bracket/0001-pool.md topics@10",
    "unclosed-quote/0001-pool.md title@4",
    "unquoted-colon/0001-pool.md title@4",
  ]);
});

test.run();
