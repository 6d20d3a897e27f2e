import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "../../src/build/build-site.ts";
import { CSP_HEADER, CSP_META } from "../../src/security/csp.ts";
import { ADMIN_CSP, ADMIN_CSP_META } from "../../src/admin-build/csp.ts";
import { CHROMIUM, CHROMIUM_ARGS, checkConfig, get, missingProgram, NGINX, startNginx, type Reply, type RunningNginx } from "./nginx-harness.ts";

// deploy/nginx.conf served by Debian's nginx against a fresh build of the sample content,
// then the home page, a release and the search page in Debian's Chromium under its CSP.

const root = process.cwd();
let tmp = "";
let site = "";
let nginx: RunningNginx | undefined;
let setupError: unknown;

const IMMUTABLE = "public, max-age=31536000, immutable";
const SHORT = "public, max-age=300, must-revalidate";
const CODE = "public, max-age=3600, must-revalidate";
const FONT = "public, max-age=2592000";
const SECURITY = ["content-security-policy", "x-content-type-options", "referrer-policy", "permissions-policy"] as const;

test.before(async () => {
  // Never throw here: uvu would count nothing as failed. Each test reports the setup error.
  try {
    tmp = await mkdtemp(path.join(os.tmpdir(), "newsroom-deploy-"));
    site = path.join(tmp, "_site");
    process.env.SOURCE_DATE_EPOCH = "1790000000";
    await buildSite({ root, outDir: site });
    // No .wasm ships today (Pagefind's is a .pagefind file); one probe checks the type table.
    writeFileSync(path.join(site, "probe.wasm"), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
    const missing = missingProgram(NGINX, "nginx");
    if (missing) throw new Error(missing);
    nginx = await startNginx(root, site);
  } catch (err) {
    setupError = err;
  }
});

test.after(async () => {
  await nginx?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
  delete process.env.SOURCE_DATE_EPOCH;
});

function server(): RunningNginx {
  if (setupError) throw setupError;
  if (!nginx) throw new Error("nginx did not start");
  return nginx;
}

const fetchPath = (urlPath: string, headers: Record<string, string> = {}, method = "GET") => get(server().origin, urlPath, headers, method);
const header = (r: Reply, name: string) => String(r.headers[name] ?? "");
const disk = (file: string) => readFileSync(path.join(site, file));
const exists = (file: string) => statSync(path.join(site, file), { throwIfNoEntry: false })?.isFile() ?? false;

function files(): string[] {
  return (readdirSync(site, { recursive: true, encoding: "utf8" }) as string[])
    .filter((f) => statSync(path.join(site, f)).isFile())
    .map((f) => f.split(path.sep).join("/"))
    .sort();
}
const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
const releaseWithImage = () =>
  files().find((f) => /^releases\/\d+\/index\.html$/.test(f) && disk(f).toString().includes('class="release-image"')) ?? "";

function assertSecurity(r: Reply, what: string): void {
  for (const name of SECURITY) assert.ok(header(r, name), `${what}: no ${name} (add_header inheritance?)`);
  assert.ok(header(r, "cache-control"), `${what}: no cache-control`);
  const csp = header(r, "content-security-policy");
  assert.match(csp, /(^|; )default-src 'self'(;|$)/, `${what}: CSP default-src`);
  const scriptSrc = /(?:^|; )script-src ([^;]*)/.exec(csp)?.[1] ?? "";
  assert.ok(scriptSrc, `${what}: CSP has no script-src`);
  assert.not.match(scriptSrc, /'unsafe-inline'|'unsafe-eval'|\*|data:|https?:/, `${what}: script-src too wide: ${scriptSrc}`);
  assert.match(csp, /object-src 'none'/);
  assert.match(csp, /frame-ancestors 'none'/);
  // The editing desk has its own policy (src/admin-build/csp.ts); every other file the public one.
  if (/^\/?admin\//.test(what)) assert.is(csp, ADMIN_CSP, `${what}: nginx.conf's /admin/ CSP is ADMIN_CSP`);
  else assert.is(csp, CSP_HEADER, `${what}: nginx.conf's CSP is src/security/csp.ts's CSP_HEADER`);
  assert.is(header(r, "x-content-type-options"), "nosniff", what);
  assert.is(header(r, "referrer-policy"), "strict-origin-when-cross-origin", what);
  assert.match(header(r, "permissions-policy"), /camera=\(\)/, what);
}

test("nginx :: regression: dotfiles and dot segments are 404, /.well-known/ is served", async () => {
  const planted: Record<string, string> = {
    ".env": "TOKEN=secret-env",
    ".git/config": "[http] extraheader = AUTHORIZATION: secret-git",
    "releases/1/.secret.pdf": "secret-pdf",
    "assets/.DS_Store": "secret-ds",
    ".hidden/page.html": "secret-folder",
    "a/b/.c/d.txt": "secret-deep",
    ".well-known/.secret": "secret-well-known",
    ".well-known/security.txt": "Contact: mailto:pr@example.ir",
  };
  for (const [rel, content] of Object.entries(planted)) {
    mkdirSync(path.dirname(path.join(site, rel)), { recursive: true });
    writeFileSync(path.join(site, rel), content);
  }
  try {
    const denied = ["/.env", "/.git/config", "/.git/", "/releases/1/.secret.pdf", "/assets/.DS_Store", "/.hidden/page.html",
      "/a/b/.c/d.txt", "/.well-known/.secret", "/%2egit/config", "/releases/../.git/config", "/.git/config?x=1", "/.well-known"];
    for (const url of denied) {
      const r = await fetchPath(url);
      assert.is(r.status, 404, url);
      assert.not.match(r.body.toString(), /secret/, `${url}: the file's bytes are not served`);
      assertSecurity(r, url);
    }
    const ok = await fetchPath("/.well-known/security.txt");
    assert.is(ok.status, 200);
    assert.is(ok.body.toString(), "Contact: mailto:pr@example.ir");
    // A dot inside a name is not a dot segment.
    assert.is((await fetchPath("/robots.txt")).status, 200);
  } finally {
    for (const rel of [".env", ".git", "releases/1/.secret.pdf", "assets/.DS_Store", ".hidden", "a", ".well-known"]) {
      rmSync(path.join(site, rel), { recursive: true, force: true });
    }
  }
});

test("nginx :: every page's CSP meta tag is the header's policy minus frame-ancestors", () => {
  assert.is(CSP_META, CSP_HEADER.replace("; frame-ancestors 'none'", ""));
  for (const f of files().filter((x) => x.endsWith(".html") && !x.startsWith("pagefind/"))) {
    const html = disk(f).toString();
    const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)];
    assert.is(metas.length, 1, f);
    // The editing desk has its own policy (src/admin-build/csp.ts, tests/admin/csp.test.ts).
    assert.is(metas[0]?.[1]?.replaceAll("&#39;", "'"), f.startsWith("admin/") ? ADMIN_CSP_META : CSP_META, f);
    const firstScript = html.indexOf("<script");
    if (firstScript !== -1) assert.ok(html.indexOf('http-equiv="Content-Security-Policy"') < firstScript, `${f}: the policy comes before any script`);
  }
});

test("nginx :: the shipped configuration passes nginx -t", async () => {
  server();
  const { ok, output } = await checkConfig(root, site);
  assert.ok(ok, output);
});

test("nginx :: pages, the 404 and the directory redirect", async () => {
  const home = await fetchPath("/");
  assert.is(home.status, 200);
  assert.equal(home.body, disk("index.html"));

  for (const missing of ["/no-such-page", "/releases/99999/", "/img/"]) {
    const r = await fetchPath(missing);
    assert.is(r.status, 404, missing);
    assert.equal(r.body, disk("404.html"), `${missing} answers with the site's 404 page`);
    assertSecurity(r, `404 ${missing}`);
  }

  const release = releaseWithImage();
  const code = release.split("/")[1];
  assert.ok(code, "a release with an image in the sample content");
  const redirect = await fetchPath(`/releases/${code}`);
  assert.is(redirect.status, 301);
  assert.is(header(redirect, "location"), `/releases/${code}/`, "relative, no internal host or port");
  assertSecurity(redirect, "301");
  const withQuery = await fetchPath(`/releases/${code}?utm=x`);
  assert.is(header(withQuery, "location"), `/releases/${code}/?utm=x`);
  for (const dir of ["/archive", "/search", "/topics"]) {
    const r = await fetchPath(dir);
    assert.is(r.status, 301, dir);
    assert.is(header(r, "location"), `${dir}/`);
  }
  const page = await fetchPath(`/releases/${code}/`);
  assert.is(page.status, 200);
  assert.equal(page.body, disk(release));
});

test("nginx :: content types and charset", async () => {
  const topicFeed = files().find((f) => /^topics\/[^/]+\/feed\.xml$/.test(f)) ?? "";
  const countyAtom = files().find((f) => /^counties\/[^/]+\/atom\.xml$/.test(f)) ?? "";
  const css = files().find((f) => /^assets\/css\/site\.[0-9a-f]+\.css$/.test(f)) ?? "";
  const avif = files().find((f) => /^img\/.+\.avif$/.test(f)) ?? "";
  const fragment = files().find((f) => f.startsWith("pagefind/fragment/")) ?? "";
  assert.ok(topicFeed && countyAtom && css && avif && fragment, "sample build has every kind of file");
  const expected: [string, string][] = [
    ["/", "text/html; charset=utf-8"],
    ["/404.html", "text/html; charset=utf-8"],
    ["/feed.xml", "application/rss+xml; charset=utf-8"],
    ["/atom.xml", "application/atom+xml; charset=utf-8"],
    ["/feed.json", "application/feed+json; charset=utf-8"],
    [`/${topicFeed}`, "application/rss+xml; charset=utf-8"],
    [`/${countyAtom}`, "application/atom+xml; charset=utf-8"],
    ["/sitemap.xml", "application/xml; charset=utf-8"],
    ["/robots.txt", "text/plain; charset=utf-8"],
    [`/${css}`, "text/css; charset=utf-8"],
    ["/assets/js/copy-link.js", "text/javascript; charset=utf-8"],
    ["/assets/js/search.js", "text/javascript; charset=utf-8"],
    ["/assets/js/fold.js", "text/javascript; charset=utf-8"],
    ["/pagefind/pagefind-ui.js", "text/javascript; charset=utf-8"],
    ["/pagefind/pagefind-ui.css", "text/css; charset=utf-8"],
    ["/pagefind/pagefind-entry.json", "application/json; charset=utf-8"],
    ["/site.webmanifest", "application/manifest+json"],
    ["/favicon.ico", "image/x-icon"],
    ["/favicon.svg", "image/svg+xml; charset=utf-8"],
    ["/assets/fonts/vazirmatn-arabic.woff2", "font/woff2"],
    ["/assets/fonts/vazirmatn-latin.woff2", "font/woff2"],
    ["/probe.wasm", "application/wasm"],
    [`/${avif}`, "image/avif"],
    [`/${fragment}`, "application/octet-stream"],
  ];
  for (const [urlPath, type] of expected) {
    for (const encoding of ["identity", "gzip"]) {
      const r = await fetchPath(urlPath, { "accept-encoding": encoding });
      assert.is(r.status, 200, urlPath);
      assert.is(header(r, "content-type"), type, `${urlPath} (${encoding})`);
      assert.is(header(r, "x-content-type-options"), "nosniff");
    }
  }
});

test("nginx :: cache lifetimes: immutable for hashed names, short for HTML and feeds", async () => {
  const pick = (re: RegExp) => {
    const found = files().find((f) => re.test(f));
    assert.ok(found, `the sample build has a file matching ${re}`);
    return found as string;
  };
  const expected: [string, string][] = [
    ["/", SHORT],
    [urlOf(releaseWithImage()), SHORT],
    ["/search/", SHORT],
    ["/feed.xml", SHORT],
    ["/atom.xml", SHORT],
    ["/feed.json", SHORT],
    [`/${pick(/^topics\/[^/]+\/feed\.xml$/)}`, SHORT],
    ["/sitemap.xml", SHORT],
    ["/robots.txt", SHORT],
    ["/no-such-page", SHORT],
    [`/${pick(/^assets\/css\/site\.[0-9a-f]+\.css$/)}`, IMMUTABLE],
    [`/${pick(/^assets\/css\/listing\.[0-9a-f]+\.css$/)}`, IMMUTABLE],
    ["/assets/css/search.css", CODE],
    [`/${pick(/^img\/.+\.avif$/)}`, IMMUTABLE],
    [`/${pick(/^img\/.+\.jpeg$/)}`, IMMUTABLE],
    [`/${pick(/^pagefind\/fragment\//)}`, IMMUTABLE],
    [`/${pick(/^pagefind\/index\//)}`, IMMUTABLE],
    [`/${pick(/^pagefind\/pagefind\.[^/]+\.pf_meta$/)}`, IMMUTABLE],
    ["/assets/fonts/vazirmatn-arabic.woff2", FONT],
    ["/assets/js/copy-link.js", CODE],
    ["/assets/js/search.js", CODE],
    ["/pagefind/pagefind.js", CODE],
    ["/pagefind/pagefind-ui.css", CODE],
    ["/pagefind/wasm.unknown.pagefind", CODE],
    ["/pagefind/pagefind-entry.json", "no-cache"],
  ];
  for (const [urlPath, cache] of expected) {
    const r = await fetchPath(urlPath);
    assert.is(header(r, "cache-control"), cache, urlPath);
  }
  // Nothing unhashed is ever immutable.
  for (const f of files().filter((f) => !f.endsWith(".gz"))) {
    const hashed = /^(?:assets\/css\/(?:site|listing)\.[0-9a-f]+\.css|img\/.*|pagefind\/(?:fragment|index|filter)\/.*|pagefind\/pagefind\.[^/]+\.pf_meta)$/.test(f);
    if (hashed) continue;
    const r = await fetchPath(urlOf(f), {}, "HEAD");
    assert.not.match(header(r, "cache-control"), /immutable/, f);
  }
});

test("nginx :: every file answers 200 with the security headers, conditional requests too", async () => {
  let checked = 0;
  for (const f of files()) {
    const r = await fetchPath(urlOf(f), { "accept-encoding": "gzip" }, "HEAD");
    assert.is(r.status, 200, f);
    assertSecurity(r, f);
    checked++;
  }
  assert.ok(checked > 50, `only ${checked} files`);
  const first = await fetchPath("/");
  const etag = header(first, "etag");
  assert.ok(etag, "ETag for revalidation");
  const revalidated = await fetchPath("/", { "if-none-match": etag });
  assert.is(revalidated.status, 304);
  assertSecurity(revalidated, "304");
});

test("nginx :: a gzip request gets the precompressed file, byte for byte", async () => {
  const candidates = ["index.html", "404.html", "search/index.html", "feed.xml", "atom.xml", "feed.json", "sitemap.xml", "assets/js/search.js", "pagefind/pagefind-ui.js", "pagefind/pagefind-entry.json"];
  const css = files().find((f) => /^assets\/css\/site\.[0-9a-f]+\.css$/.test(f));
  for (const f of [...candidates, css as string, releaseWithImage()]) {
    assert.ok(exists(`${f}.gz`), `the build wrote ${f}.gz`);
    const gz = await fetchPath(urlOf(f), { "accept-encoding": "gzip, deflate, br" });
    assert.is(gz.status, 200, f);
    assert.is(header(gz, "content-encoding"), "gzip", f);
    assert.match(header(gz, "vary"), /Accept-Encoding/i, f);
    assert.equal(gz.body, disk(`${f}.gz`), `${f}: the bytes of ${f}.gz`);
    const plain = await fetchPath(urlOf(f));
    assert.is(header(plain, "content-encoding"), "", f);
    assert.equal(plain.body, disk(f), `${f}: the plain bytes without Accept-Encoding`);
  }
  const missing = await fetchPath("/no-such-page", { "accept-encoding": "gzip" });
  assert.is(missing.status, 404);
  assert.is(header(missing, "content-encoding"), "gzip");
  assert.equal(missing.body, disk("404.html.gz"), "the 404 page, precompressed, still with status 404");
  const font = await fetchPath("/assets/fonts/vazirmatn-arabic.woff2", { "accept-encoding": "gzip" });
  assert.is(header(font, "content-encoding"), "", "woff2 is sent as it is");
  assert.equal(font.body, disk("assets/fonts/vazirmatn-arabic.woff2"));
});

interface BrowserFinding {
  page: string;
  text: string;
}

/** Open a page and collect CSP violations (from the document's own events), console errors and warnings, page errors and failed requests. */
async function visit(context: BrowserContext, urlPath: string, act?: (page: Page) => Promise<void>): Promise<{ findings: BrowserFinding[]; page: Page; workers: string[] }> {
  const origin = server().origin;
  const findings: BrowserFinding[] = [];
  const workers: string[] = [];
  const add = (text: string) => findings.push({ page: urlPath, text });
  const page = await context.newPage();
  page.on("console", (m) => {
    if ((m.type() === "error" || m.type() === "warning") && !/favicon\.ico/.test(m.location().url)) add(`console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => add(`page error: ${e.message}`));
  // A worker runs under the CSP of its own script's response; its console is separate.
  page.on("worker", (worker) => {
    workers.push(worker.url().replace(origin, ""));
    worker.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") add(`worker ${worker.url().replace(origin, "")} console ${m.type()}: ${m.text()}`);
    });
  });
  page.on("requestfailed", (r) => {
    if (!/favicon\.ico/.test(r.url())) add(`request failed: ${r.url().replace(origin, "")} ${r.failure()?.errorText ?? ""}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400 && !/favicon\.ico/.test(r.url())) add(`HTTP ${r.status()}: ${r.url().replace(origin, "")}`);
  });
  const response = await page.goto(`${origin}${urlPath}`, { waitUntil: "load", timeout: 30_000 });
  assert.is(response?.status(), 200, urlPath);
  assert.match(response?.headers()["content-security-policy"] ?? "", /script-src 'self'/, `${urlPath} was served with the CSP`);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  if (act) {
    try {
      await act(page);
    } catch (err) {
      const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp).catch(() => []);
      const seen = [...findings.map((f) => f.text), ...csp.map((v) => `CSP violation: ${v}`)];
      throw new Error(`${urlPath}: ${(err as Error).message.split("\n")[0]}\n${seen.join("\n") || "(no console message or CSP violation)"}`);
    }
  }
  await page.waitForTimeout(300);
  const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? ["(init script missing)"]);
  for (const v of violations) add(`CSP violation: ${v}`);
  return { findings, page, workers };
}

test("nginx :: home, a release and a search work in Chromium under the CSP", async () => {
  const origin = server().origin;
  const missing = missingProgram(CHROMIUM, "chromium");
  if (missing) assert.unreachable(missing);
  const profile = await mkdtemp(path.join(os.tmpdir(), "newsroom-deploy-chromium-"));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    // Injected by the driver, not by the page: the CSP does not apply to it.
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener("securitypolicyviolation", (e) => {
        w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || "(inline)"} at ${e.sourceFile}:${e.lineNumber}`);
      });
    });
    const findings: BrowserFinding[] = [];

    const home = await visit(context, "/");
    findings.push(...home.findings);
    const fontsLoaded = await home.page.evaluate(() => [...document.fonts].some((f) => f.status === "loaded"));
    assert.ok(fontsLoaded, "Vazirmatn loads under font-src 'self'");

    const release = await visit(context, urlOf(releaseWithImage()));
    findings.push(...release.findings);
    const copyButton = await release.page.evaluate(() => {
      const b = document.querySelector("button.copy-link");
      return b ? !(b as HTMLButtonElement).hidden : null;
    });
    assert.is(copyButton, true, "copy-link.js ran: the copy button is shown");
    const image = await release.page.evaluate(() => {
      const img = document.querySelector<HTMLImageElement>(".release-image img");
      return img ? img.complete && img.naturalWidth > 0 : false;
    });
    assert.ok(image, "the release image (from /img/) is shown");
    const jsonLd = await release.page.evaluate(() => JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? "null"));
    assert.ok(jsonLd, "the JSON-LD block is present and parses");

    let results = 0;
    const search = await visit(context, "/search/", async (page) => {
      const input = page.locator(".pagefind-ui__search-input");
      await input.waitFor({ state: "visible", timeout: 15_000 });
      await input.fill("استخر");
      await page.locator(".pagefind-ui__result").first().waitFor({ state: "visible", timeout: 15_000 });
      results = await page.locator(".pagefind-ui__result").count();
    });
    findings.push(...search.findings);
    // Pagefind 1.6 searches in a worker (and warns if it must fall back to the main thread).
    assert.ok(search.workers.includes("/pagefind/pagefind-worker.js"), `Pagefind's worker started under worker-src 'self': ${search.workers.join(", ") || "none"}`);
    assert.ok(results > 0, "Pagefind (WebAssembly under 'wasm-unsafe-eval') found results");

    assert.equal(findings, [], findings.map((f) => `${f.page}: ${f.text}`).join("\n"));

    // Control: the policy is really enforced — an inline script injected into a page is
    // blocked and reported, so "no violations" above means something.
    const control = await context.newPage();
    await control.goto(`${origin}/about/`, { waitUntil: "load" });
    const blocked = await control.evaluate(async () => {
      const w = window as unknown as { __csp: string[]; __ran?: boolean };
      const s = document.createElement("script");
      s.textContent = "window.__ran = true";
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 200));
      return { ran: w.__ran === true, violations: w.__csp.length };
    });
    // Two reports: the header's policy and the meta tag's each refuse it.
    assert.equal(blocked, { ran: false, violations: 2 }, "an inline script is blocked by the CSP");
  } finally {
    await context?.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test.run();
