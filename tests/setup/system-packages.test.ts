import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { installCommand, missingFor, planInstall, SYSTEM_PACKAGES, type SystemPackage } from "../../src/setup/system-packages.ts";

const pkg = (name: string, present: boolean, optional = false): SystemPackage =>
  ({ name, why: `${name} reason`, for: ["test"], optional, present: () => present });

test("system packages :: nothing to do when everything is installed", () => {
  assert.equal(planInstall([], { root: false, sudo: false, apt: false }), { action: "nothing" });
});

test("system packages :: root or passwordless sudo with apt installs every missing package", () => {
  const missing = [pkg("chromium", false), pkg("libxml2-utils", false, true)];
  assert.equal(planInstall(missing, { root: true, sudo: false, apt: true }), { action: "install", packages: ["chromium", "libxml2-utils"], sudo: false });
  assert.equal(planInstall(missing, { root: false, sudo: true, apt: true }), { action: "install", packages: ["chromium", "libxml2-utils"], sudo: true });
});

test("system packages :: without a way to install, stop once with the one exact command", () => {
  const missing = [pkg("chromium", false), pkg("nginx", false), pkg("libxml2-utils", false, true)];
  for (const can of [{ root: false, sudo: false, apt: true }, { root: true, sudo: false, apt: false }]) {
    const plan = planInstall(missing, can);
    assert.is(plan.action, "stop");
    if (plan.action !== "stop") return;
    assert.equal(plan.packages, ["chromium", "nginx"], "optional packages are never demanded");
    assert.ok(plan.message.includes("\n  sudo apt-get update && sudo apt-get install -y chromium nginx\n"), plan.message);
    assert.ok(plan.message.includes("  chromium: chromium reason\n"));
    assert.ok(plan.message.includes("بسته‌های دبیان لازم نصب نیست"));
  }
  assert.equal(planInstall([pkg("libxml2-utils", false, true)], { root: false, sudo: false, apt: false }), { action: "nothing" });
});

test("system packages :: purposes pick their packages; one list serves npm test, gates and .ci/run", () => {
  const names = (purpose: "test" | "gates" | "all") =>
    missingFor(purpose, SYSTEM_PACKAGES.map((p) => ({ ...p, present: () => false }))).map((p) => p.name);
  assert.equal(names("test"), ["chromium", "nginx"]);
  assert.equal(names("gates"), ["chromium", "default-jre-headless", "libxml2-utils", "python3-feedparser"]);
  assert.equal(names("all"), ["chromium", "nginx", "default-jre-headless", "libxml2-utils", "python3-feedparser"]);
  assert.is(installCommand(["a", "b"]), "sudo apt-get update && sudo apt-get install -y a b");
  const pkgJson = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
  assert.ok(pkgJson.scripts.test?.startsWith("node --import tsx src/setup/system-packages.ts test && "), "npm test sets up first");
  assert.ok(readFileSync(".ci/run", "utf8").includes("src/setup/system-packages.ts all"), ".ci/run uses the same list");
});

test("system packages :: on this machine the test packages are installed, so the command passes quietly", () => {
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/setup/system-packages.ts", "test"], { encoding: "utf8" });
  assert.is(run.status, 0, run.stderr);
  assert.is(run.stdout, "");
  const bad = spawnSync(process.execPath, ["--import", "tsx", "src/setup/system-packages.ts", "everything"], { encoding: "utf8" });
  assert.is(bad.status, 2);
});

test.run();
