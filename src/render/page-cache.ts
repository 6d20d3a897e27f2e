import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, readdir, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { digest, linkOrCopy, stableJson } from "../build/cache.ts";
import type { Release } from "../content/release.ts";

/**
 * Rendered bulk pages kept between builds: `<cache>/pages/<key>.html` and, when gzip made it
 * smaller, `<key>.html.gz`. The key is a hash of everything the page's templates read — the
 * site-wide context (site data, stylesheet URL) and the page's own item (its release, the
 * related releases, the releases of a listing page with its pagination, an archive year's
 * months) — so a page whose inputs did not change is linked from the cache instead of being
 * rendered, compressed and written again, and any change to what it shows gives a new key.
 * Templates and code are covered by the cache version (src/build/cache.ts).
 *
 * The bulk templates get no other data: a template that reads `newsroom` (the whole site)
 * would make every page depend on every release, so `templatesReadNewsroom` turns the cache
 * off when any include mentions it.
 */
export class PageCache {
  readonly #dir: string;
  readonly #context: string;
  #stored = new Set<string>();
  #gz = new Set<string>();
  readonly #used = new Set<string>();
  /** Digest of each release object, computed once per build (a release is on 5–8 pages). */
  readonly #releaseDigests = new WeakMap<object, string>();
  readonly #live: ReadonlyMap<string, string> | undefined;
  readonly #keys = new Map<string, string>();
  readonly #kept: string[] = [];

  /**
   * `context`: the site-wide values every page sees (site data, asset URLs). `live`: the pages of
   * the output in place (relative file → key, src/build/output-manifest.ts), for `keepsLive`.
   */
  constructor(cacheDir: string, context: object, live?: ReadonlyMap<string, string>) {
    this.#dir = path.join(cacheDir, "pages");
    this.#context = digest(stableJson(context));
    this.#live = live;
  }

  /**
   * Note that the page at `url` has `key` this build; true when the output in place already holds
   * that very page, so nothing is to be written for it (the staging build leaves it untouched).
   */
  keepsLive(url: string, key: string): boolean {
    const file = path.posix.join(url, "index.html").replace(/^\//, "");
    this.#keys.set(file, key);
    if (this.#live?.get(file) !== key) return false;
    this.#used.add(key);
    this.#kept.push(file);
    return true;
  }

  /** Relative file (`releases/3/index.html`) → key of every page of this build. */
  get pageKeys(): ReadonlyMap<string, string> {
    return this.#keys;
  }

  /** Relative files of the pages `keepsLive` said are in place already. */
  get keptPages(): readonly string[] {
    return this.#kept;
  }

  /** Read which entries exist (one directory listing, not one stat per page). */
  async open(): Promise<void> {
    await mkdir(this.#dir, { recursive: true });
    const names = await readdir(this.#dir);
    this.#stored = new Set(names.filter((n) => n.endsWith(".html")).map((n) => n.slice(0, -".html".length)));
    this.#gz = new Set(names.filter((n) => n.endsWith(".html.gz")).map((n) => n.slice(0, -".html.gz".length)));
  }

  /** The key of a page: its URL, the site-wide context and its item (releases by digest). */
  key(url: string, item: object): string {
    const json = JSON.stringify(item, (_key, value: unknown) => {
      if (value instanceof Map) return [...value];
      if (value instanceof Set) return [...value];
      if (isRelease(value)) return `release:${this.#releaseDigest(value)}`;
      return value;
    });
    return digest(`${this.#context}\n${url}\n${json}`).slice(0, 40);
  }

  #releaseDigest(release: Release): string {
    let d = this.#releaseDigests.get(release);
    if (d === undefined) {
      d = digest(stableJson(release));
      this.#releaseDigests.set(release, d);
    }
    return d;
  }

  /** Whether the cache holds the page `key`. */
  has(key: string): boolean {
    return this.#stored.has(key);
  }

  /** Place the cached page `key` at `file`, and its `.gz` beside it when there is one. */
  async place(key: string, file: string): Promise<void> {
    this.#used.add(key);
    const base = path.join(this.#dir, `${key}.html`);
    await linkOrCopy(base, file);
    if (this.#gz.has(key)) await linkOrCopy(`${base}.gz`, `${file}.gz`);
  }

  /**
   * Write a freshly rendered page at `file` (and its `.gz`) and keep it: each file is written
   * once, into the output, then hard-linked into the cache. A link appears whole, so a crash
   * never leaves a half-written entry; the `.gz` is linked first, so an entry whose `.html`
   * exists is complete, with or without a `.gz`.
   */
  async store(key: string, file: string, html: Buffer, gz: Buffer | undefined): Promise<void> {
    const base = path.join(this.#dir, `${key}.html`);
    await writeFile(file, html);
    if (gz) {
      await writeFile(`${file}.gz`, gz);
      await keep(`${file}.gz`, `${base}.gz`);
      this.#gz.add(key);
    }
    await keep(file, base);
    this.#stored.add(key);
    this.#used.add(key);
  }

  /** Delete the entries this build did not use, so the cache holds one site, not every past one. */
  async prune(): Promise<number> {
    let removed = 0;
    for (const name of readdirSync(this.#dir)) {
      const key = name.replace(/\.html(\.gz)?$|\.html(\.gz)?\.tmp-\d+$/, "");
      if (this.#used.has(key)) continue;
      await unlink(path.join(this.#dir, name)).catch(() => undefined);
      if (name.endsWith(".html")) removed++;
    }
    return removed;
  }
}

/** Hard-link an output file into the cache (a copy across file systems); an entry already there is as good. */
async function keep(file: string, entry: string): Promise<void> {
  try {
    await linkOrCopy(file, entry);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
}

function isRelease(value: unknown): value is Release {
  return typeof value === "object" && value !== null && "bodyHtml" in value && "code" in value && "url" in value;
}

/**
 * Whether any template under `includesDir` mentions `newsroom` (the whole site). Such a page
 * depends on every release, and its cached bytes could not be reused safely.
 */
export function templatesReadNewsroom(includesDir: string): boolean {
  const walk = (dir: string): boolean =>
    readdirSync(dir, { withFileTypes: true }).some((e) =>
      e.isDirectory()
        ? walk(path.join(dir, e.name))
        : /\bnewsroom\b/.test(readFileSync(path.join(dir, e.name), "utf8")));
  return existsSync(includesDir) && walk(includesDir);
}
