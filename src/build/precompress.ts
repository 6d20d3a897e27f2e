import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
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

async function candidates(dir: string, found: string[] = []): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = new Set(entries.map((e) => e.name));
  for (const entry of entries) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) await candidates(file, found);
    else if (entry.isFile() && PRECOMPRESSED_EXTENSIONS.has(path.extname(entry.name).toLowerCase()) && !names.has(`${entry.name}.gz`)) {
      found.push(file);
    }
  }
  return found;
}

/** Gzip one file's bytes and write `<file>.gz` when that is smaller; true when written. */
async function compressOne(file: string, data: Buffer, result: PrecompressResult): Promise<void> {
  const gz = await gzipDeterministic(data);
  if (gz.length >= data.length) {
    result.skipped++;
    return;
  }
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(`${file}.gz`, gz);
  result.written++;
  result.bytesIn += data.length;
  result.bytesOut += gz.length;
}

/**
 * Compresses pages as they are rendered: zlib runs on libuv's thread pool, so while the
 * main thread renders the next pages the other core compresses the last ones, and nothing
 * is read back from disk. `done()` waits for all of it.
 */
export class Precompressor {
  readonly result: PrecompressResult = { written: 0, skipped: 0, bytesIn: 0, bytesOut: 0 };
  #pending = new Set<Promise<void>>();

  add(file: string, content: string): void {
    if (!PRECOMPRESSED_EXTENSIONS.has(path.extname(file).toLowerCase())) return;
    const job: Promise<void> = compressOne(file, Buffer.from(content), this.result).finally(() => this.#pending.delete(job));
    this.#pending.add(job);
  }

  async done(): Promise<PrecompressResult> {
    while (this.#pending.size) await Promise.all([...this.#pending]);
    return this.result;
  }
}

/**
 * Write `<file>.gz` beside every HTML, CSS, JS, XML, JSON, text and SVG file of a built site,
 * for nginx's `gzip_static` (and for hosts that take precompressed uploads). A file whose gzip
 * would not be smaller gets none, so the server sends it as it is. Files that already have a
 * `.gz` beside them (compressed while rendering, see `Precompressor`) are left alone.
 */
export async function precompress(outDir: string): Promise<PrecompressResult> {
  const files = await candidates(outDir);
  const result: PrecompressResult = { written: 0, skipped: 0, bytesIn: 0, bytesOut: 0 };
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++] as string;
      await compressOne(file, await readFile(file), result);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
  return result;
}
