import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { deserialize, serialize } from "node:v8";
import { DateTime, IANAZone } from "luxon";
import { TEHRAN } from "../persian/jalali.ts";
import type { Problem } from "./problem.ts";
import type { Release } from "./release.ts";
import type { FileCheck, FileRef } from "./validate.ts";

/**
 * The loader's parse cache: what reading, front-matter parsing, validation and Markdown
 * rendering made of each release file that loaded without errors, kept between builds so that
 * a warm build parses only the files that changed. Written by hand: it is a map from a file's
 * path and bytes to a value, stored the way this loader needs it.
 *
 * - Key: the file's path (relative to the root) and the sha256 of its bytes, never a modification
 *   time (CI restores caches with new times; a checkout gives every file a new one), within a
 *   context: the cache format, the project root, the media folder and the vocabulary of `_data/`.
 *   The code, `_data/`, the lockfile and Node (its time-zone data too) are the build cache's
 *   version (src/build/cache.ts), so the folder holds one version's entries only.
 * - The only inputs outside the release file are the files it names (image, attachments,
 *   `/media/…` in the body). Those checks are not cached: each build repeats every one
 *   (`fileRefOutcome`) and uses the entry only when each gives the same answer as when it was
 *   made, else it parses the file again. So a hit is exactly what a cold load would give.
 * - Only files without errors are kept (with their warnings); a file with errors is read again
 *   every time, so its messages are always the cold ones.
 * - Nothing depends on "now": scheduled and due are decided after the load (collections/).
 * - Storage: `<dir>/releases/<shard>.bin`, 16 shards by path, each one file written atomically
 *   (temporary name, then rename) and only when its entries changed: one edit rewrites one
 *   sixteenth, where 10,000 small files would cost a file-system call each. A shard is the sha256
 *   of its body followed by the body (v8-serialised); a shard whose digest, format or context does
 *   not match — truncated, corrupted, foreign, edited by hand — is ignored whole and rebuilt.
 *   Like the rest of `.cache/build` (whose pages are served as they are), the text of an entry
 *   forged by someone who also recomputes the digest is trusted: restore the cache only from your
 *   own CI. Which files a release publishes never is: each must be one its checks accept today.
 * - Safe to delete at any time: the next load is a cold one and writes it again.
 */
const FORMAT = "newsroom-parse-cache/1";
const SHARDS = 16;
const DIGEST_BYTES = 32;

/** What the loader keeps of a release file that loaded without errors. */
export interface ParsedFile {
  release: Release;
  /** The file's warnings (never errors), in order. */
  warnings: Problem[];
  /** Every file it names, as checked (validate.ts). */
  fileChecks: FileCheck[];
}

/** A date as stored: instant and Tehran offset in minutes (so loading it needs no time-zone lookup). */
type StoredDate = [ms: number, offset: number];

interface StoredEntry {
  hash: string;
  /** v8-serialised `ParsedFile` with dates as `StoredDate`. */
  payload: Uint8Array;
}

const storeDate = (d: DateTime): StoredDate => [d.toMillis(), d.offset];

/**
 * Every DateTime of a Release is in Asia/Tehran (parse-date.ts). luxon's constructor takes a
 * known offset and then skips the Intl lookup that `fromMillis` makes (≈ 30 µs a date, a third
 * of a second at 10,000 releases); it is private in luxon's types, hence the cast. The result is
 * deep-equal to the parsed DateTime (tests/content/parse-cache.test.ts).
 */
const LuxonDateTime = DateTime as unknown as new (config: { ts: number; zone: IANAZone; o: number }) => DateTime;
const tehran = IANAZone.create(TEHRAN);
const loadDate = ([ts, o]: StoredDate): DateTime => new LuxonDateTime({ ts, zone: tehran, o });

function encode(parsed: ParsedFile): Uint8Array {
  const r = parsed.release;
  const release = {
    ...r,
    date: storeDate(r.date),
    updates: r.updates.map((u) => ({ ...u, date: storeDate(u.date) })),
    ...(r.withdrawn ? { withdrawn: { ...r.withdrawn, date: storeDate(r.withdrawn.date) } } : {}),
  };
  return serialize({ release, warnings: parsed.warnings, fileChecks: parsed.fileChecks });
}

type Stored = { release: Omit<Release, "date" | "updates" | "withdrawn"> & { date: StoredDate; updates: { date: StoredDate; note: string }[]; withdrawn?: { date: StoredDate; reason: string } } } & Omit<ParsedFile, "release">;

function decode(payload: Uint8Array): ParsedFile {
  const stored = deserialize(payload) as Stored;
  // The dates are put back in place, so the keys keep the order validate.ts gave them.
  const r = stored.release as unknown as Record<string, unknown> & Stored["release"];
  r.date = loadDate(r.date) as unknown as StoredDate;
  for (const u of r.updates) u.date = loadDate(u.date) as unknown as StoredDate;
  if (r.withdrawn) r.withdrawn.date = loadDate(r.withdrawn.date) as unknown as StoredDate;
  return { release: r as unknown as Release, warnings: stored.warnings, fileChecks: stored.fileChecks };
}

/** FNV-1a of a path, for its shard: stable across runs and machines. */
function shardOf(file: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) h = Math.imul(h ^ file.charCodeAt(i), 0x01000193);
  return (h >>> 0) % SHARDS;
}

export class ParseCache {
  readonly #dir: string | undefined;
  #context = "";
  /** Per shard: file → entry, once read (or empty when unreadable or foreign). */
  readonly #shards = new Map<number, Map<string, StoredEntry>>();
  /** Per shard: whether it must be written at the end of this load. */
  readonly #dirty = new Set<number>();
  /** Files looked up or stored during this load. */
  #used = new Set<string>();
  /** Of the files looked up in the current load: kept results used, files parsed and kept. */
  readonly stats = { hits: 0, stored: 0 };

  /**
   * `dir`: the build cache's versioned folder (src/build/cache.ts); without it the entries live
   * in memory only, for the next load in the same process (`npm start`'s rebuilds).
   */
  constructor(dir?: string) {
    this.#dir = dir === undefined ? undefined : path.join(dir, "releases");
  }

  /**
   * Start a load. `context`: everything besides a file's path and bytes that its result depends
   * on and that the build cache's version does not cover (root, media folder, vocabulary).
   */
  begin(context: unknown): void {
    const key = createHash("sha256").update(`${FORMAT}\0${JSON.stringify(context)}`).digest("hex");
    if (key !== this.#context) this.#shards.clear();
    this.#context = key;
    this.#used = new Set();
    this.#dirty.clear();
    this.stats.hits = 0;
    this.stats.stored = 0;
  }

  #shard(n: number): Map<string, StoredEntry> {
    let shard = this.#shards.get(n);
    if (!shard) this.#shards.set(n, (shard = this.#read(n)));
    return shard;
  }

  #read(n: number): Map<string, StoredEntry> {
    if (!this.#dir) return new Map();
    try {
      const bytes = readFileSync(path.join(this.#dir, `${n}.bin`));
      const body = bytes.subarray(DIGEST_BYTES);
      const digest = createHash("sha256").update(body).digest();
      if (bytes.length <= DIGEST_BYTES || !digest.equals(bytes.subarray(0, DIGEST_BYTES))) return new Map();
      const shard = deserialize(body) as { format?: unknown; context?: unknown; entries?: unknown };
      if (shard.format !== FORMAT || shard.context !== this.#context || !Array.isArray(shard.entries)) return new Map();
      const entries = new Map<string, StoredEntry>();
      for (const e of shard.entries as unknown[]) {
        if (!Array.isArray(e) || typeof e[0] !== "string" || typeof e[1] !== "string" || !(e[2] instanceof Uint8Array)) return new Map();
        entries.set(e[0], { hash: e[1], payload: e[2] });
      }
      return entries;
    } catch {
      return new Map(); // missing, unreadable or not ours: a cold load of this shard's files
    }
  }

  /**
   * The kept result of `file` (path relative to the root) whose bytes hash to `hash` (sha256,
   * hex), when there is one, it decodes, and `stillValid` (the loader repeating the entry's file
   * checks) accepts it; else undefined, and the entry is dropped.
   */
  get(file: string, hash: string, stillValid: (parsed: ParsedFile) => boolean): ParsedFile | undefined {
    this.#used.add(file);
    const n = shardOf(file);
    const shard = this.#shard(n);
    const entry = shard.get(file);
    if (!entry) return undefined;
    if (entry.hash === hash) {
      try {
        const parsed = decode(entry.payload);
        if (stillValid(parsed)) {
          this.stats.hits++;
          return parsed;
        }
      } catch { /* not decodable: parsed again below */ }
    }
    shard.delete(file);
    this.#dirty.add(n);
    return undefined;
  }

  /** Keep the result of a file that loaded without errors. */
  set(file: string, hash: string, parsed: ParsedFile): void {
    this.#used.add(file);
    const n = shardOf(file);
    this.#shard(n).set(file, { hash, payload: encode(parsed) });
    this.stats.stored++;
    this.#dirty.add(n);
  }

  /**
   * End the load: drop the entries of files not seen (deleted, renamed, now broken or under a
   * link) and write each shard that changed. A write that fails (read-only or full disk) leaves
   * the cache as it was: it is only ever a shortcut.
   */
  end(): void {
    // Every shard, also one that no current file falls in (its files were all deleted).
    for (let n = 0; n < SHARDS; n++) this.#shard(n);
    for (const [n, shard] of this.#shards) {
      for (const file of shard.keys()) {
        if (!this.#used.has(file)) {
          shard.delete(file);
          this.#dirty.add(n);
        }
      }
    }
    if (!this.#dir) return;
    for (const n of this.#dirty) this.#write(n, this.#shard(n));
    this.#dirty.clear();
  }

  #write(n: number, shard: Map<string, StoredEntry>): void {
    const dir = this.#dir as string;
    const file = path.join(dir, `${n}.bin`);
    const tmp = `${file}.tmp-${process.pid}`;
    try {
      mkdirSync(dir, { recursive: true });
      const entries = [...shard].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([f, e]) => [f, e.hash, e.payload]);
      const body = serialize({ format: FORMAT, context: this.#context, entries });
      writeFileSync(tmp, Buffer.concat([createHash("sha256").update(body).digest(), body]));
      renameSync(tmp, file);
    } catch {
      try {
        rmSync(tmp, { force: true });
      } catch { /* nothing more to undo */ }
    }
  }
}

/**
 * Whether a kept result still stands: each of its file checks gives the same answer now (`check`
 * repeats one), and every file its release publishes (image, attachments, body media) is one of
 * those answers, so even an entry forged with a valid digest publishes no file the checks of today
 * would refuse.
 */
export function sameFileChecks(parsed: ParsedFile, check: (c: FileCheck) => FileCheck["outcome"]): boolean {
  const checked = new Map<string, FileRef>();
  for (const c of parsed.fileChecks) {
    const now = check(c);
    if (!isDeepStrictEqual(now, c.outcome) || !("absPath" in now)) return false;
    checked.set(now.absPath, now);
  }
  const r = parsed.release;
  const named = (sourcePath: string, publishPath: string, url?: string, bytes?: number) => {
    const f = checked.get(sourcePath);
    return f !== undefined && f.publishPath === publishPath && (url === undefined || f.url === url) && (bytes === undefined || f.bytes === bytes);
  };
  return (!r.image || named(r.image.sourcePath, r.image.publishPath, r.image.url)) &&
    r.attachments.every((a) => named(a.sourcePath, a.publishPath, a.url, a.bytes)) &&
    (r.bodyMedia ?? []).every((m) => named(m.sourcePath, m.publishPath));
}
