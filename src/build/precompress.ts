import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { constants, gzip } from "node:zlib";

const gzipAsync = promisify(gzip);

/** Text files worth compressing; everything else (images, fonts, PDFs, Pagefind's own chunks) already is. */
export const PRECOMPRESSED_EXTENSIONS: ReadonlySet<string> = new Set([
  ".html", ".css", ".js", ".mjs", ".xml", ".json", ".txt", ".svg",
]);

/**
 * zlib at its best level: the files are compressed once per build and served many times.
 * Node's gzip writes a bare header (no file name, no mtime), so the bytes depend only on the
 * input and on Node's zlib; the OS byte is pinned so a Windows build writes the same header.
 */
const GZIP_OPTIONS = { level: constants.Z_BEST_COMPRESSION, memLevel: 9, strategy: constants.Z_DEFAULT_STRATEGY };
const OS_BYTE = 9;
const OS_UNIX = 3;

/** How many files are read, compressed (on libuv's thread pool) and written at once. */
const CONCURRENCY = 8;

export interface PrecompressResult {
  /** `.gz` files written. */
  written: number;
  /** Candidates left alone because gzip would not make them smaller. */
  skipped: number;
  /** Bytes of the originals that got a `.gz`, and of those `.gz` files. */
  bytesIn: number;
  bytesOut: number;
}

/** The gzip bytes of a buffer, deterministic: same input, same output. */
export async function gzipDeterministic(data: Buffer): Promise<Buffer> {
  const gz = await gzipAsync(data, GZIP_OPTIONS);
  gz[OS_BYTE] = OS_UNIX;
  return gz;
}

async function candidates(dir: string, skip: ReadonlySet<string>, found: string[] = []): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = new Set(entries.map((e) => e.name));
  for (const entry of entries) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip.has(file)) await candidates(file, skip, found);
    } else if (
      entry.isFile() &&
      PRECOMPRESSED_EXTENSIONS.has(path.extname(entry.name).toLowerCase()) &&
      !names.has(`${entry.name}.gz`)
    ) {
      found.push(file);
    }
  }
  return found;
}

/**
 * Write `<file>.gz` beside a file whose bytes are already in memory, when gzip makes it
 * smaller (the bulk page renderer calls this as it writes each page). Returns the size of
 * the `.gz`, or 0 when none was written.
 */
export async function writeGzip(file: string, data: Buffer): Promise<number> {
  const gz = await gzipDeterministic(data);
  if (gz.length >= data.length) return 0;
  await writeFile(`${file}.gz`, gz);
  return gz.length;
}

/** Where `precompress` can get a file's `.gz` without compressing it (src/build/gzip-store.ts). */
export interface GzipSource {
  /** Put `<file>.gz` beside `file` (bytes `data`, at `sitePath` in the site); its size, or 0 for none. */
  place(file: string, sitePath: string, data: Buffer): Promise<number>;
}

/**
 * Write `<file>.gz` beside every HTML, CSS, JS, XML, JSON, text and SVG file of a built site,
 * for nginx's `gzip_static` (and for hosts that take precompressed uploads). A file whose gzip
 * would not be smaller gets none, so the server sends it as it is. A file that already has a
 * `.gz` (from an earlier pass of the same build) is left alone; `skipDirs` are not entered.
 * With a `store`, a file whose bytes it has seen before gets the stored `.gz`.
 */
export async function precompress(outDir: string, skipDirs: readonly string[] = [], store?: GzipSource): Promise<PrecompressResult> {
  const files = await candidates(outDir, new Set(skipDirs.map((d) => path.join(outDir, d))));
  const result: PrecompressResult = { written: 0, skipped: 0, bytesIn: 0, bytesOut: 0 };
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++] as string;
      const data = await readFile(file);
      const size = store
        ? await store.place(file, path.relative(outDir, file).split(path.sep).join("/"), data)
        : await writeGzip(file, data);
      if (size === 0) {
        result.skipped++;
        continue;
      }
      result.written++;
      result.bytesIn += data.length;
      result.bytesOut += size;
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
  return result;
}
