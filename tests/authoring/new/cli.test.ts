import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";

const root = process.cwd();

function run(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "src/authoring/new/cli.ts", ...args], {
    cwd: root, encoding: "utf8", env: { ...process.env, SOURCE_DATE_EPOCH: "1758004200" },
  });
}

test("npm run new :: creates the file from arguments and prints its path and URL", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "new-cli-"));
  const first = run("--releases", dir, "--topics", "employment,insurance", "--county", "kazerun", "--title", "بهسازی استخر کارگران کازرون آغاز شد");
  assert.is(first.status, 0, first.stderr);
  const file = path.join(dir, "1404/0001-kazerun-employment.md");
  assert.ok(first.stdout.includes(path.relative(root, file)), first.stdout);
  assert.ok(first.stdout.includes("https://news.fars-labour.example.ir/releases/1/"), first.stdout);
  assert.ok(readFileSync(file, "utf8").includes("\ntitle: بهسازی استخر کارگران کازرون آغاز شد\n"));
  const second = run("--releases", dir, "--topics", "employment", "--slug", "job-fair");
  assert.is(second.status, 0, second.stderr);
  assert.ok(second.stdout.includes("1404/0002-job-fair.md"), second.stdout);
});

test("npm run new :: without a terminal and without --topics: a message and exit 2", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "new-cli-"));
  const result = run("--releases", dir);
  assert.is(result.status, 2);
  assert.ok(result.stderr.includes("موضوع خبر را بدهید، مثلاً: npm run new -- --topics employment"), result.stderr);
});

test("npm run new :: regression: --county شیراز suggests shiraz (it suggested «fasa»)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "new-cli-"));
  const result = run("--releases", dir, "--topics", "employment", "--county", "شیراز");
  assert.is(result.status, 2, result.stderr);
  assert.ok(result.stderr.includes("شهرستان «شیراز» ناشناخته است؛ یکی از کلیدهای _data/counties.json را بنویسید. به جای نام فارسی، کلید لاتین آن را بنویسید: «shiraz» (شیراز)."), result.stderr);
  assert.ok(result.stderr.includes("Write the Latin key, not the Persian name: “shiraz” (شیراز)."), result.stderr);
  const topic = run("--releases", dir, "--topics", "بيمه و تأمين اجتماعي");
  assert.ok(topic.stderr.includes("«insurance» (بیمه و تأمین اجتماعی)"), topic.stderr);
  const far = run("--releases", dir, "--topics", "employment", "--county", "تهران");
  assert.not.ok(far.stderr.includes("شاید منظورتان"), far.stderr);
});

test.run();
