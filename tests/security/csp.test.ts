// The CSP meta tag (src/security/csp.ts, src/_includes/layouts/base.njk) protects pages on hosts
// that send no headers (GitHub Pages): served by a plain static server without any CSP header,
// a script injected into a built page does not run in Chromium, while the page's own script does.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "../../src/build/build-site.ts";
import { CHROMIUM, CHROMIUM_ARGS } from "../../src/gates/browser.ts";
import { startStaticServer, type StaticServer } from "../../src/gates/static-server.ts";
import { CSP_HEADER, CSP_META, HEADER_ONLY_DIRECTIVES } from "../../src/security/csp.ts";

const root = process.cwd();
const INJECTED = '<script>window.__ran = true</script><img src="/no-such.png" onerror="window.__handler = true" alt="">';

test("csp :: the meta policy is the header's minus the directives a meta tag cannot carry", () => {
  const names = (policy: string) => policy.split("; ").map((d) => d.split(" ")[0]);
  assert.equal(names(CSP_META), names(CSP_HEADER).filter((n) => !HEADER_ONLY_DIRECTIVES.includes(n ?? "")));
  assert.ok(CSP_HEADER.startsWith(`${CSP_META}; `));
  assert.match(CSP_META, /(?:^|; )script-src 'self' 'wasm-unsafe-eval'(?:;|$)/);
  assert.not.match(CSP_META, /frame-ancestors|report-uri|sandbox/);
});

test("csp :: regression: an injected inline script does not run on a host without headers", async () => {
  if (!existsSync(CHROMIUM)) assert.unreachable(`${CHROMIUM} is missing: apt-get install -y chromium`);
  const tmp = await mkdtemp(path.join(os.tmpdir(), "newsroom-csp-"));
  const site = path.join(tmp, "_site");
  let server: StaticServer | undefined;
  let context: BrowserContext | undefined;
  process.env.SOURCE_DATE_EPOCH = String(Date.parse("2025-10-01T00:00:00Z") / 1000);
  try {
    await buildSite({ root, outDir: site, releasesDir: path.join(root, "tests/fixtures/valid/basic") });
    // A stored injection: markup that slipped into a page's body.
    const page = readFileSync(path.join(site, "releases/3/index.html"), "utf8");
    const meta = /<meta http-equiv="Content-Security-Policy" content="[^"]*">\n?/.exec(page)?.[0] ?? "";
    assert.ok(meta, "the page carries the CSP meta tag");
    const inject = (html: string) => html.replace(/<body[^>]*>/, (m) => m + INJECTED);
    writeFileSync(path.join(site, "releases/3/injected.html"), inject(page));
    // Control: the same page without the meta tag, so the test can tell blocked from broken.
    writeFileSync(path.join(site, "releases/3/control.html"), inject(page.replace(meta, "")));

    server = await startStaticServer(site);
    const profile = path.join(tmp, "profile");
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    // Added by the driver, not the page: the CSP does not apply to it.
    await context.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(e.effectiveDirective));
    });
    const visit = async (file: string) => {
      const tab = await context!.newPage();
      const response = await tab.goto(`${server!.origin}/releases/3/${file}`, { waitUntil: "load" });
      assert.is(response?.headers()["content-security-policy"], undefined, "the server sends no CSP header");
      // The broken image has fired its error (or been blocked) once the page is complete.
      await tab.waitForFunction(() => document.readyState === "complete" && [...document.images].every((i) => i.complete), undefined, { timeout: 30_000 });
      return tab.evaluate(() => {
        const w = window as unknown as { __ran?: boolean; __handler?: boolean; __violations: string[] };
        const copy = document.querySelector<HTMLButtonElement>("button.copy-link");
        return { ran: w.__ran === true, handler: w.__handler === true, violations: [...new Set(w.__violations)].sort(), ownScript: copy ? !copy.hidden : null };
      });
    };
    assert.equal(await visit("injected.html"), { ran: false, handler: false, violations: ["script-src-attr", "script-src-elem"], ownScript: true });
    const control = await visit("control.html");
    assert.equal({ ran: control.ran, handler: control.handler }, { ran: true, handler: true }, "without the meta tag the injection runs");
  } finally {
    await context?.close();
    await server?.close();
    delete process.env.SOURCE_DATE_EPOCH;
    await rm(tmp, { recursive: true, force: true });
  }
});

test.run();
