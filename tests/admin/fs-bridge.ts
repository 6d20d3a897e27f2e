import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";

/**
 * Playwright cannot answer the browser's real folder picker (microsoft/playwright#11288), so this
 * replaces `window.showDirectoryPicker` with handles that implement what Sveltia CMS's local
 * backend calls (entries, getFile, getFileHandle/getDirectoryHandle with create, createWritable,
 * move, removeEntry, requestPermission) and forward each call to Node's fs through
 * `page.exposeBinding`. Every path is resolved inside `root` and refused outside it.
 * The handles keep only strings as own properties, so Sveltia can store them in IndexedDB.
 */

type Op =
  | { op: "list"; path: string }
  | { op: "kind"; path: string }
  | { op: "read"; path: string }
  | { op: "write"; path: string; base64: string }
  | { op: "mkdir"; path: string }
  | { op: "touch"; path: string }
  | { op: "remove"; path: string }
  | { op: "move"; from: string; to: string };

/** `root`-relative POSIX path → absolute path, or an error for anything that leaves `root`. */
export function confine(root: string, relative: string): string {
  if (path.isAbsolute(relative) || relative.split("/").some((p) => p === ".." || p === ".")) {
    throw new Error(`fs-bridge: refused path outside the repository: ${relative}`);
  }
  const abs = path.resolve(root, relative);
  if (abs !== root && !abs.startsWith(root + path.sep)) throw new Error(`fs-bridge: refused path outside the repository: ${relative}`);
  return abs;
}

async function handle(root: string, req: Op): Promise<unknown> {
  switch (req.op) {
    case "list": {
      const entries = await readdir(confine(root, req.path), { withFileTypes: true });
      return entries.map((e) => ({ name: e.name, kind: e.isDirectory() ? "directory" : "file" }));
    }
    case "kind": {
      const info = await stat(confine(root, req.path)).catch(() => undefined);
      return info ? (info.isDirectory() ? "directory" : "file") : null;
    }
    case "read": {
      const abs = confine(root, req.path);
      const [data, info] = await Promise.all([readFile(abs), stat(abs)]);
      return { base64: data.toString("base64"), lastModified: Math.floor(info.mtimeMs) };
    }
    case "write":
      await writeFile(confine(root, req.path), Buffer.from(req.base64, "base64"));
      return null;
    case "mkdir":
      await mkdir(confine(root, req.path), { recursive: true });
      return null;
    case "touch": {
      const abs = confine(root, req.path);
      if (!(await stat(abs).catch(() => undefined))) await writeFile(abs, "");
      return null;
    }
    case "remove":
      await rm(confine(root, req.path), { recursive: true });
      return null;
    case "move":
      await rename(confine(root, req.from), confine(root, req.to));
      return null;
  }
}

/** Browser side, serialised into an init script: no closures over Node values. */
function browserSide(): void {
  type Bridge = (req: unknown) => Promise<unknown>;
  const bridge = (globalThis as unknown as { __fsBridge: Bridge }).__fsBridge;
  const join = (dir: string, name: string) => (dir ? `${dir}/${name}` : name);
  const notFound = (p: string) => new DOMException(`${p} not found`, "NotFoundError");
  const toBase64 = async (data: unknown): Promise<string> => {
    const blob = data instanceof Blob ? data : new Blob([data as BlobPart]);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = "";
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  };
  class Handle {
    constructor(public path: string, public kind: "file" | "directory", public name: string) {}
  }
  class DirHandle extends Handle {
    constructor(p: string, name: string) { super(p, "directory", name); }
    async *entries(): AsyncGenerator<[string, Handle]> {
      const list = (await bridge({ op: "list", path: this.path })) as { name: string; kind: string }[];
      for (const e of list) {
        const p = join(this.path, e.name);
        yield [e.name, e.kind === "directory" ? new DirHandle(p, e.name) : new FileHandle(p, e.name)];
      }
    }
    async *values(): AsyncGenerator<Handle> { for await (const [, h] of this.entries()) yield h; }
    async *keys(): AsyncGenerator<string> { for await (const [n] of this.entries()) yield n; }
    [Symbol.asyncIterator]() { return this.entries(); }
    async getDirectoryHandle(name: string, opts: { create?: boolean } = {}): Promise<DirHandle> {
      const p = join(this.path, name);
      const kind = await bridge({ op: "kind", path: p });
      if (kind === "file") throw new DOMException(`${p} is a file`, "TypeMismatchError");
      if (!kind) {
        if (!opts.create) throw notFound(p);
        await bridge({ op: "mkdir", path: p });
      }
      return new DirHandle(p, name);
    }
    async getFileHandle(name: string, opts: { create?: boolean } = {}): Promise<FileHandle> {
      const p = join(this.path, name);
      const kind = await bridge({ op: "kind", path: p });
      if (kind === "directory") throw new DOMException(`${p} is a folder`, "TypeMismatchError");
      if (!kind) {
        if (!opts.create) throw notFound(p);
        await bridge({ op: "touch", path: p });
      }
      return new FileHandle(p, name);
    }
    async removeEntry(name: string): Promise<void> {
      const p = join(this.path, name);
      if (!(await bridge({ op: "kind", path: p }))) throw notFound(p);
      await bridge({ op: "remove", path: p });
    }
    async requestPermission(): Promise<string> { return "granted"; }
    async queryPermission(): Promise<string> { return "granted"; }
    async isSameEntry(other: Handle): Promise<boolean> { return other.path === this.path; }
  }
  class FileHandle extends Handle {
    constructor(p: string, name: string) { super(p, "file", name); }
    async getFile(): Promise<File> {
      const r = (await bridge({ op: "read", path: this.path })) as { base64: string; lastModified: number };
      const bin = atob(r.base64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      return new File([bytes], this.name, { lastModified: r.lastModified });
    }
    async createWritable() {
      const chunks: unknown[] = [];
      const target = this.path;
      return {
        write: async (data: unknown) => { chunks.push(data); },
        close: async () => {
          const base64 = await toBase64(new Blob(chunks.map((c) => (c instanceof Blob ? c : new Blob([c as BlobPart])))));
          await bridge({ op: "write", path: target, base64 });
        },
        abort: async () => undefined,
      };
    }
    async move(dir: DirHandle | string, name?: string): Promise<void> {
      const to = typeof dir === "string" ? join(this.path.split("/").slice(0, -1).join("/"), dir) : join(dir.path, name ?? this.name);
      await bridge({ op: "move", from: this.path, to });
      this.path = to;
      this.name = to.split("/").pop() ?? this.name;
    }
    async requestPermission(): Promise<string> { return "granted"; }
    async queryPermission(): Promise<string> { return "granted"; }
    async isSameEntry(other: Handle): Promise<boolean> { return other.path === this.path; }
  }
  (window as unknown as { showDirectoryPicker: () => Promise<DirHandle> }).showDirectoryPicker = async () => new DirHandle("", "repo");
}

/**
 * Give `page` a folder picker that opens `root` (a temporary clone of the repository).
 * Returns the list of refused paths, for the test to assert on.
 */
export async function installDirectoryPicker(page: Page, root: string): Promise<string[]> {
  const refused: string[] = [];
  const abs = path.resolve(root);
  await page.exposeBinding("__fsBridge", async (_source, req: Op) => {
    try {
      return await handle(abs, req);
    } catch (err) {
      if (String(err).includes("refused")) refused.push(JSON.stringify(req));
      throw err;
    }
  });
  // tsx compiles this file with esbuild's keepNames, whose `__name` helper the page lacks.
  await page.addInitScript(`var __name = (f) => f; (${browserSide.toString()})()`);
  return refused;
}
