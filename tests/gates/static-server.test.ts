import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { contentType, startStaticServer } from "../../src/gates/static-server.ts";

function site(with404: boolean): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "newsroom-static-"));
  mkdirSync(path.join(dir, "releases/7"), { recursive: true });
  mkdirSync(path.join(dir, "pagefind"), { recursive: true });
  writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>خانه</title>");
  writeFileSync(path.join(dir, "releases/7/index.html"), "<!doctype html><title>خبر ۷</title>");
  writeFileSync(path.join(dir, "feed.xml"), "<rss/>");
  writeFileSync(path.join(dir, "pagefind/pagefind.wasm"), Buffer.from([0, 97, 115, 109]));
  if (with404) writeFileSync(path.join(dir, "404.html"), "<!doctype html><title>پیدا نشد</title>");
  return dir;
}

/** A raw GET (fetch would normalise `..` away before it reaches the server). */
function get(origin: string, rawPath: string): Promise<{ status: number; type: string; body: string; location?: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(origin);
    const req = request({ host: url.hostname, port: url.port, path: rawPath, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (d: string) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"] ?? ""), body, location: res.headers.location }));
    });
    req.on("error", reject);
    req.end();
  });
}

function refused(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.on("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.on("error", () => resolve(true));
    socket.on("timeout", () => {
      socket.destroy();
      resolve(true);
    });
  });
}

test("contentType :: the site's file kinds, unknown ones as bytes", () => {
  assert.is(contentType("a/index.html"), "text/html; charset=utf-8");
  assert.is(contentType("assets/css/site.css"), "text/css; charset=utf-8");
  assert.is(contentType("assets/js/share.js"), "text/javascript; charset=utf-8");
  assert.is(contentType("pagefind/wasm.fa.pagefind"), "application/octet-stream");
  assert.is(contentType("pagefind/pagefind.WASM"), "application/wasm");
  assert.is(contentType("assets/fonts/vazirmatn-arabic.woff2"), "font/woff2");
  assert.is(contentType("feed.xml"), "application/xml; charset=utf-8");
  assert.is(contentType("feed.json"), "application/json; charset=utf-8");
  assert.is(contentType("releases/1/pool.jpg"), "image/jpeg");
  assert.is(contentType("releases/1/pool.avif"), "image/avif");
  assert.is(contentType("a.unknown"), "application/octet-stream");
});

test("server :: serves files and folder indexes with their content types", async () => {
  const dir = site(true);
  const server = await startStaticServer(dir);
  try {
    const home = await get(server.origin, "/");
    assert.is(home.status, 200);
    assert.is(home.type, "text/html; charset=utf-8");
    assert.ok(home.body.includes("خانه"));
    assert.ok((await get(server.origin, "/releases/7/")).body.includes("خبر ۷"));
    assert.ok((await get(server.origin, "/releases/%37/")).body.includes("خبر ۷"), "percent-encoded paths are decoded");
    const noSlash = await get(server.origin, "/releases/7?x=1");
    assert.is(noSlash.status, 301);
    assert.is(noSlash.location, "/releases/7/?x=1");
    const wasm = await get(server.origin, "/pagefind/pagefind.wasm");
    assert.is(wasm.status, 200);
    assert.is(wasm.type, "application/wasm");
    assert.is((await get(server.origin, "/feed.xml")).type, "application/xml; charset=utf-8");
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("server :: a miss answers 404 with the site's 404.html, and nothing outside the root", async () => {
  const dir = site(true);
  const server = await startStaticServer(dir);
  try {
    const miss = await get(server.origin, "/releases/999/");
    assert.is(miss.status, 404);
    assert.is(miss.type, "text/html; charset=utf-8");
    assert.ok(miss.body.includes("پیدا نشد"));
    const direct = await get(server.origin, "/404.html");
    assert.is(direct.status, 200, "/404.html itself is a page");
    for (const p of ["/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc/passwd", "/%E0%A4%A"]) {
      const r = await get(server.origin, p);
      assert.is(r.status, 404, p);
      assert.not.ok(r.body.includes("root:"), p);
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("server :: a miss without 404.html is a plain 404", async () => {
  const dir = site(false);
  const server = await startStaticServer(dir);
  try {
    const miss = await get(server.origin, "/nothing");
    assert.is(miss.status, 404);
    assert.is(miss.type, "text/plain; charset=utf-8");
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("server :: listens on 127.0.0.1 only, on a free port, and stops", async () => {
  const dir = site(true);
  const a = await startStaticServer(dir);
  const b = await startStaticServer(dir);
  try {
    const address = a.server.address();
    assert.ok(address && typeof address === "object");
    assert.is(address.address, "127.0.0.1");
    assert.is(a.origin, `http://127.0.0.1:${a.port}`);
    assert.ok(a.port > 0 && a.port !== b.port, "each server gets its own free port");
    assert.ok(await refused("::1", a.port), "not on IPv6 loopback");
    const outside = Object.values(os.networkInterfaces()).flat().find((i) => i && i.family === "IPv4" && !i.internal);
    if (outside) assert.ok(await refused(outside.address, a.port), `not on ${outside.address}`);
    const open = await get(a.origin, "/");
    assert.is(open.status, 200);
  } finally {
    await a.close();
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  }
  assert.not.ok(a.server.listening);
  assert.ok(await refused("127.0.0.1", a.port), "closed servers refuse connections");
});

test.run();
