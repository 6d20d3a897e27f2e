import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync, rmSync, chmodSync } from "node:fs";
import { pathToFileURL } from "node:url";

/**
 * The Debian packages the commands need, in one list: `npm test` runs this file first (purpose
 * `test`), `npm run gates` too (purpose `gates`), and `.ci/run` asks for `all`. Missing packages
 * are installed with apt-get when this process may (root, or sudo without a password);
 * otherwise the command stops once, before anything runs, with the one command to type.
 */
export interface SystemPackage {
  /** Debian package name. */
  name: string;
  /** Why it is needed, shown when it is missing. */
  why: string;
  /** The purposes that need it; `optional` ones are installed when possible, never demanded. */
  for: ReadonlyArray<"test" | "gates">;
  optional?: boolean;
  /** Is it installed? */
  present: () => boolean;
}

const has = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;

export const SYSTEM_PACKAGES: readonly SystemPackage[] = [
  { name: "chromium", why: "the browser tests and gates (/usr/bin/chromium)", for: ["test", "gates"], present: () => existsSync("/usr/bin/chromium") },
  { name: "nginx", why: "the test of deploy/nginx.conf (/usr/sbin/nginx)", for: ["test"], present: () => existsSync("/usr/sbin/nginx") },
  { name: "default-jre-headless", why: "the Nu HTML checker gate (java)", for: ["gates"], present: () => has("java") },
  { name: "libxml2-utils", why: "the feed gate's xmllint check", for: ["gates"], optional: true, present: () => has("xmllint") },
  {
    name: "python3-feedparser", why: "the feed gate's feedparser check", for: ["gates"], optional: true,
    present: () => spawnSync("/usr/bin/python3", ["-c", "import feedparser"], { stdio: "ignore" }).status === 0,
  },
];

export type Purpose = "test" | "gates" | "all";

/** What this machine lets us do about missing packages. */
export interface Abilities {
  root: boolean;
  /** `sudo -n true` succeeds. */
  sudo: boolean;
  apt: boolean;
}

export type Plan =
  | { action: "nothing" }
  | { action: "install"; packages: string[]; sudo: boolean }
  | { action: "stop"; packages: string[]; message: string };

/** The one command a person types to install `packages`. */
export function installCommand(packages: readonly string[]): string {
  return `sudo apt-get update && sudo apt-get install -y ${packages.join(" ")}`;
}

/**
 * Decide, from the missing packages of a purpose and what the machine allows, whether to do
 * nothing, install (required and optional ones), or stop with the command to run (required
 * ones missing and no way to install them; optional ones alone never stop anything).
 */
export function planInstall(missing: readonly SystemPackage[], can: Abilities): Plan {
  if (missing.length === 0) return { action: "nothing" };
  const names = missing.map((p) => p.name);
  if (can.apt && (can.root || can.sudo)) return { action: "install", packages: names, sudo: !can.root };
  const required = missing.filter((p) => !p.optional);
  if (required.length === 0) return { action: "nothing" };
  const list = required.map((p) => `  ${p.name}: ${p.why}`).join("\n");
  return {
    action: "stop",
    packages: required.map((p) => p.name),
    message:
      `بسته‌های دبیان لازم نصب نیست و این کاربر نمی‌تواند نصبشان کند. این فرمان را اجرا کنید و دوباره بیازمایید:\n` +
      `Debian packages are missing and this user cannot install them:\n${list}\nRun:\n\n  ${installCommand(required.map((p) => p.name))}\n`,
  };
}

/** The packages of `purpose` that are not installed. */
export function missingFor(purpose: Purpose, packages: readonly SystemPackage[] = SYSTEM_PACKAGES): SystemPackage[] {
  return packages.filter((p) => (purpose === "all" || p.for.includes(purpose)) && !p.present());
}

function abilities(): Abilities {
  const root = process.getuid?.() === 0;
  return {
    root,
    sudo: !root && has("sudo") && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0,
    apt: has("apt-get"),
  };
}

/** Install with apt-get, without starting services (the tests run their own nginx on 127.0.0.1). */
function aptInstall(packages: readonly string[], sudo: boolean): boolean {
  const run = (args: string[]) => {
    const [cmd, ...rest] = sudo ? ["sudo", "-n", ...args] : args;
    return spawnSync(cmd as string, rest, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }).status === 0;
  };
  const policy = "/usr/sbin/policy-rc.d";
  const addPolicy = !existsSync(policy) && !sudo;
  if (addPolicy) {
    writeFileSync(policy, "#!/bin/sh\nexit 101\n");
    chmodSync(policy, 0o755);
  }
  try {
    return run(["apt-get", "update"]) && run(["apt-get", "-o", "DPkg::Lock::Timeout=600", "install", "-y", ...packages]);
  } finally {
    if (addPolicy) rmSync(policy, { force: true });
  }
}

/**
 * Make sure the packages of `purpose` are installed. Returns the process exit code: 0 when
 * everything required is there (installed now or before), 1 after printing the one command.
 */
export function ensureSystemPackages(purpose: Purpose): number {
  const plan = planInstall(missingFor(purpose), abilities());
  if (plan.action === "nothing") return 0;
  if (plan.action === "install") {
    console.log(`نصب بسته‌های دبیان — installing Debian packages: ${plan.packages.join(" ")}`);
    aptInstall(plan.packages, plan.sudo);
    const still = missingFor(purpose).filter((p) => !p.optional);
    if (still.length === 0) return 0;
    console.error(`apt-get could not install ${still.map((p) => p.name).join(" ")}. Run:\n\n  ${installCommand(still.map((p) => p.name))}\n`);
    return 1;
  }
  console.error(plan.message);
  return 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const purpose = (process.argv[2] ?? "test") as Purpose;
  if (!["test", "gates", "all"].includes(purpose)) {
    console.error("usage: system-packages.ts [test|gates|all]");
    process.exit(2);
  }
  process.exitCode = ensureSystemPackages(purpose);
}
