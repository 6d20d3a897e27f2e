import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { childPids } from "../../src/build/child-processes.ts";

const root = process.cwd();

/** Pids of the processes (zombies included) whose process group is `pgid`, from /proc. */
function groupMembers(pgid: number): number[] {
  const members: number[] = [];
  for (const entry of readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid) members.push(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return members;
}

test("childPids :: lists a child of this process while it runs, not after", async () => {
  const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
  try {
    assert.ok(child.pid && childPids().includes(child.pid));
  } finally {
    child.kill();
    await new Promise((r) => child.on("exit", r));
  }
  assert.not.ok(childPids().includes(child.pid ?? -1));
});

test("build cli :: regression: when `npm run build` returns, nothing of its process group is alive", async () => {
  // A project of its own: the repository's code, the sample releases, its own _site.
  const project = mkdtempSync(path.join(os.tmpdir(), "newsroom-cli-"));
  try {
    for (const f of [".eleventy.ts", "src", "node_modules", "_data", "package.json", "tsconfig.json"]) {
      symlinkSync(path.join(root, f), path.join(project, f));
    }
    cpSync(path.join(root, "tests/fixtures/valid/basic"), path.join(project, "releases"), { recursive: true });
    // detached: the command leads a new process group, as in a terminal or CI step.
    const npm = spawn("npm", ["run", "build"], {
      cwd: project, detached: true, stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, SOURCE_DATE_EPOCH: "1790000000" },
    });
    let output = "";
    npm.stdout.on("data", (d: Buffer) => (output += d));
    npm.stderr.on("data", (d: Buffer) => (output += d));
    const code = await new Promise<number | null>((r) => npm.on("close", r));
    assert.is(code, 0, output);
    assert.match(output, /built \d+ pages into _site/);
    assert.equal(groupMembers(npm.pid ?? -1), [], "processes left running by the build");
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});

test.run();
