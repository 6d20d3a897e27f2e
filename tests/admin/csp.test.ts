import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { ADMIN_CSP, ADMIN_CSP_META } from "../../src/admin-build/csp.ts";
import { adminPage } from "../../src/admin-build/write-admin.ts";
import { CSP_HEADER } from "../../src/security/csp.ts";

const conf = readFileSync(path.join(process.cwd(), "deploy/nginx.conf"), "utf8");

/** The two policies of nginx.conf's `map $uri $newsroom_csp`. */
function policies(): { public: string; admin: string } {
  const map = /map \$uri \$newsroom_csp \{([\s\S]*?)\n\}/.exec(conf)?.[1] ?? "";
  return {
    public: /default\s+"([^"]+)"/.exec(map)?.[1] ?? "",
    admin: /~\^\/admin\/\s+"([^"]+)"/.exec(map)?.[1] ?? "",
  };
}

const parse = (csp: string) => new Map(csp.split(/;\s*/).map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k as string, v]));

test("admin CSP :: nginx sends src/admin-build/csp.ts on /admin/ and the public policy elsewhere", () => {
  const p = policies();
  assert.is(p.admin, ADMIN_CSP);
  assert.is(p.public, CSP_HEADER);
  assert.ok(p.public.includes("style-src 'self';"), "public pages: styles from files only");
  assert.match(conf, /add_header Content-Security-Policy \$newsroom_csp always;/);
});

test("admin CSP :: the desk adds to the public policy only inline styles, blob:/data: media and the preview frame", () => {
  const pub = parse(policies().public);
  const admin = parse(ADMIN_CSP);
  const allowed: Record<string, string[]> = {
    "style-src": ["'unsafe-inline'"], "img-src": ["blob:"], "media-src": ["blob:"], "worker-src": ["blob:"], "frame-src": ["'self'", "blob:"],
  };
  for (const [directive, sources] of admin) {
    const extra = sources.filter((s) => !(pub.get(directive) ?? pub.get("default-src") ?? []).includes(s));
    assert.equal(extra.filter((s) => !(allowed[directive] ?? []).includes(s)), [], `${directive}: ${extra.join(" ")}`);
  }
  assert.equal(admin.get("script-src"), pub.get("script-src"), "scripts: exactly the public rule");
  for (const directive of pub.keys()) assert.ok(admin.has(directive), `${directive} kept`);
});

test("admin CSP :: /admin/index.html carries the desk's policy minus frame-ancestors, before any script", () => {
  const html = adminPage("خبرها");
  assert.is(ADMIN_CSP_META, ADMIN_CSP.replace("; frame-ancestors 'none'", ""));
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.is(meta?.[1]?.replaceAll("&#39;", "'"), ADMIN_CSP_META);
  assert.ok(html.indexOf("Content-Security-Policy") < html.indexOf("<script"));
});

test.run();
