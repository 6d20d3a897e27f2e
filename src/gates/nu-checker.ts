import { spawn } from "node:child_process";
import path from "node:path";
import { count } from "./site-files.ts";
import { result, type GateContext, type GateResult } from "./types.ts";

interface NuMessage {
  type: "error" | "info" | "non-document-error";
  subType?: string;
  url?: string;
  lastLine?: number;
  lastColumn?: number;
  message: string;
}

function run(cmd: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Gate 2: the W3C Nu HTML checker (vnu.jar, run with the system's Java) on every page.
 * Errors fail the gate; warnings are listed but do not. Pagefind's folder is left out:
 * the checker is given the page files themselves.
 */
export async function nuCheckerGate(ctx: GateContext): Promise<GateResult> {
  const jar = path.join(ctx.root, "node_modules/vnu-jar/build/dist/vnu.jar");
  const files = ctx.pages.map((p) => path.join(ctx.siteDir, p));
  let out: Awaited<ReturnType<typeof run>>;
  try {
    // vnu reads the pages as files, with no origin: the CSP meta tag's 'self' then matches nothing
    // and the JSON-LD data block counts as inline script. The browser tests prove the policy.
    const cspFromFiles = ".*violates Content Security Policy \\(meta tag\\).*";
    out = await run("java", ["-jar", jar, "--stdout", "--format", "json", "--skip-non-html", "--filterpattern", cspFromFiles, ...files]);
  } catch (err) {
    return result("nu-checker", false, `could not run java: ${(err as Error).message}`, ["install Java: apt-get install -y default-jre-headless"]);
  }
  let messages: NuMessage[];
  try {
    messages = (JSON.parse(out.stdout) as { messages: NuMessage[] }).messages;
  } catch {
    return result("nu-checker", false, `no JSON from vnu.jar (exit ${out.code})`, [out.stderr.trim() || out.stdout.trim()].filter(Boolean));
  }
  const where = (m: NuMessage) => {
    const file = m.url ? path.relative(ctx.siteDir, new URL(m.url).pathname) : "?";
    return `${file}${m.lastLine ? `:${m.lastLine}:${m.lastColumn ?? 0}` : ""}`;
  };
  const findings = messages.filter((m) => m.type !== "info").map((m) => `${where(m)} ${m.message}`);
  const notes = messages.filter((m) => m.type === "info").map((m) => `${m.subType ?? "info"} ${where(m)} ${m.message}`);
  const warnings = messages.filter((m) => m.type === "info" && m.subType === "warning").length;
  const ok = findings.length === 0 && out.code === 0;
  if (findings.length === 0 && out.code !== 0) findings.push(`vnu.jar exited ${out.code}: ${out.stderr.trim().slice(0, 300)}`);
  return result("nu-checker", ok, `${count(files.length, "page")}, ${count(findings.length, "error")}, ${count(warnings, "warning")}`, findings, notes);
}
