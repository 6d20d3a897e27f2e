import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

/** Content types of every kind of file the site ships (and a few it may ship). */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".wasm": "application/wasm",
  ".pdf": "application/pdf",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pagefind": "application/octet-stream",
};

/** The content type of a file name; unknown extensions are served as bytes. */
export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly origin: string;
  readonly port: number;
  readonly server: Server;
  close(): Promise<void>;
}

async function fileAt(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const resolved = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return undefined;
  const info = await stat(resolved).catch(() => undefined);
  if (info?.isFile()) return resolved;
  if (info?.isDirectory()) {
    const index = path.join(resolved, "index.html");
    if ((await stat(index).catch(() => undefined))?.isFile()) return index;
  }
  return undefined;
}

/**
 * A tiny static server for the built site, bound to 127.0.0.1 only, on a free port unless
 * one is given. `/dir/` serves `dir/index.html`, `/dir` (a folder, no slash) redirects to `/dir/`
 * like GitHub Pages does, and a miss answers 404 with the site's `404.html` when there is one.
 */
export async function startStaticServer(rootDir: string, port = 0): Promise<StaticServer> {
  const root = path.resolve(rootDir);
  const server = createServer(async (req, res) => {
    try {
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405, { allow: "GET, HEAD" }).end();
        return;
      }
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const file = await fileAt(root, url.pathname);
      if (file && !url.pathname.endsWith("/") && file.endsWith(`${path.sep}index.html`) && !url.pathname.endsWith("index.html")) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      const target = file ?? (await fileAt(root, "/404.html"));
      const status = file ? 200 : 404;
      if (!target) {
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("404 Not Found\n");
        return;
      }
      const { size } = await stat(target);
      res.writeHead(status, { "content-type": contentType(target), "content-length": size, "cache-control": "no-cache" });
      if (req.method === "HEAD") {
        res.end();
        return;
      }
      createReadStream(target).on("error", () => res.destroy()).pipe(res);
    } catch {
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    port: address.port,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
