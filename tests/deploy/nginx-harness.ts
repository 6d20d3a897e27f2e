import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { createServer, type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";

export const NGINX = "/usr/sbin/nginx";
export { CHROMIUM, CHROMIUM_ARGS } from "../../src/gates/browser.ts";

/** A clear failure, naming the Debian package, when a program the test needs is missing. */
export function missingProgram(file: string, debianPackage: string): string | undefined {
  return existsSync(file)
    ? undefined
    : `${file} not found: install Debian's ${debianPackage} (apt-get install -y ${debianPackage}); this test needs it and never skips`;
}

/**
 * deploy/nginx.conf with its «site» lines set for a local run: `listen` on 127.0.0.1:<port>,
 * the IPv6 `listen` dropped, `root` the built site. Every other line is served as written;
 * a «site» line that is not found exactly once is an error, so the test never runs a
 * configuration that silently differs from the shipped one.
 */
export function localServerConf(conf: string, port: number, siteDir: string): string {
  const swaps: [RegExp, string][] = [
    [/^([ \t]*)listen 80;.*$/m, `$1listen 127.0.0.1:${port};`],
    [/^[ \t]*listen \[::\]:80;.*\n/m, ""],
    [/^([ \t]*)root \/var\/www\/newsroom\/_site;.*$/m, `$1root ${siteDir};`],
  ];
  let out = conf;
  for (const [pattern, replacement] of swaps) {
    const global = new RegExp(pattern.source, "gm");
    const count = (out.match(global) ?? []).length;
    if (count !== 1) throw new Error(`deploy/nginx.conf: expected one line matching ${pattern}, found ${count}`);
    out = out.replace(pattern, replacement);
  }
  return out;
}

/** A port that was free a moment ago on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body as sent: not decompressed, redirects not followed. */
  body: Buffer;
}

/** One raw HTTP request: no decompression, no redirect following. */
export function get(origin: string, urlPath: string, headers: Record<string, string> = {}, method = "GET"): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${urlPath}`, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`timeout: ${method} ${urlPath}`)));
    req.on("error", reject);
    req.end();
  });
}

export interface RunningNginx {
  origin: string;
  prefix: string;
  /** Everything nginx wrote to stderr so far. */
  log(): string;
  stop(): Promise<void>;
}

const live = new Set<ChildProcess>();
// Last resort if the test runner dies before `stop`: never leave an nginx behind.
process.once("exit", () => {
  for (const child of live) child.kill("SIGKILL");
});

/** The config files in a fresh prefix; returns the path of the main one. */
async function writePrefix(prefix: string, repoRoot: string, port: number, siteDir: string): Promise<string> {
  const deploy = path.join(repoRoot, "deploy");
  await mkdir(path.join(prefix, "tmp"), { recursive: true });
  const server = localServerConf(await readFile(path.join(deploy, "nginx.conf"), "utf8"), port, siteDir);
  await writeFile(path.join(prefix, "newsroom.conf"), server);
  const main = path.join(prefix, "nginx-local.conf");
  await writeFile(main, await readFile(path.join(deploy, "nginx-local.conf"), "utf8"));
  return main;
}

/** Extra arguments: as root, workers would drop to `nobody`, who may not read a private temp folder. */
const userArgs = () => (process.getuid?.() === 0 ? ["-g", "user root;"] : []);

/** `nginx -t` on the local configuration: the syntax check's output, and whether it passed. */
export async function checkConfig(repoRoot: string, siteDir: string): Promise<{ ok: boolean; output: string }> {
  const prefix = await mkdtemp(path.join(os.tmpdir(), "newsroom-nginx-t-"));
  try {
    const main = await writePrefix(prefix, repoRoot, await freePort(), siteDir);
    const run = spawnSync(NGINX, ["-t", "-p", `${prefix}/`, "-c", main, "-e", "stderr", ...userArgs()], { encoding: "utf8", timeout: 20_000 });
    return { ok: run.status === 0, output: `${run.stdout ?? ""}${run.stderr ?? ""}`.trim() };
  } finally {
    await rm(prefix, { recursive: true, force: true });
  }
}

/**
 * Start Debian's nginx in the foreground with deploy/nginx.conf on 127.0.0.1 (a free port)
 * serving `siteDir`, everything it writes inside a temporary prefix. Resolves when it answers.
 */
export async function startNginx(repoRoot: string, siteDir: string): Promise<RunningNginx> {
  let lastError = "";
  for (let attempt = 0; attempt < 3; attempt++) {
    const prefix = await mkdtemp(path.join(os.tmpdir(), "newsroom-nginx-"));
    await chmod(prefix, 0o755);
    const port = await freePort();
    const main = await writePrefix(prefix, repoRoot, port, siteDir);
    const child = spawn(NGINX, ["-p", `${prefix}/`, "-c", main, "-e", "stderr", ...userArgs()], { stdio: ["ignore", "ignore", "pipe"] });
    live.add(child);
    let stderr = "";
    child.stderr?.on("data", (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.once("exit", () => live.delete(child));
    const origin = `http://127.0.0.1:${port}`;
    const stop = async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
        await exited;
        clearTimeout(timer);
      }
      await rm(prefix, { recursive: true, force: true });
    };
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && child.exitCode === null) {
      const ok = await get(origin, "/robots.txt").then(() => true, () => false);
      if (ok) return { origin, prefix, log: () => stderr, stop };
      await new Promise((r) => setTimeout(r, 100));
    }
    await stop();
    lastError = `nginx did not start (exit ${child.exitCode ?? child.signalCode ?? "timeout"}):\n${stderr.trim()}`;
    if (!/Address already in use/.test(stderr)) break;
  }
  throw new Error(lastError);
}
