import { mkdir, readdir, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { digest, linkOrCopy, writeAtomic } from "./cache.ts";
import { gzipDeterministic, type GzipSource } from "./precompress.ts";

/**
 * The `.gz` twins of the files outside the page cache (feeds, sitemap, assets, Eleventy's own
 * pages), kept between builds in `<cache>/gz/`: `<hash of the site path>-<hash of the bytes>.gz`,
 * or `.none` when gzip would not make the file smaller. A file whose bytes did not change gets
 * its `.gz` linked, not compressed again. One entry per site path: storing a new version
 * deletes the old one, so the folder never outgrows the site.
 */
export class GzipStore implements GzipSource {
  readonly #dir: string;
  /** Path hash → entry name, as found at `open` and kept current by `place`. */
  #entries = new Map<string, string>();

  constructor(cacheDir: string) {
    this.#dir = path.join(cacheDir, "gz");
  }

  async open(): Promise<this> {
    await mkdir(this.#dir, { recursive: true });
    for (const name of await readdir(this.#dir)) {
      const m = /^([0-9a-f]{24})-[0-9a-f]{24}\.(?:gz|none)$/.exec(name);
      if (m) this.#entries.set(m[1] as string, name);
      else await unlink(path.join(this.#dir, name)).catch(() => undefined); // a half-written entry
    }
    return this;
  }

  /**
   * Put the `.gz` of `data` (the bytes of `file`, at `sitePath` in the site) beside `file`, from
   * the store or freshly compressed. Returns the size of the `.gz`, or 0 when none was written
   * because gzip would not make the file smaller.
   */
  async place(file: string, sitePath: string, data: Buffer): Promise<number> {
    const pathKey = digest(sitePath).slice(0, 24);
    const name = `${pathKey}-${digest(data).slice(0, 24)}`;
    const existing = this.#entries.get(pathKey);
    if (existing === `${name}.none`) return 0;
    if (existing === `${name}.gz`) {
      await linkOrCopy(path.join(this.#dir, existing), `${file}.gz`);
      return (await stat(`${file}.gz`)).size;
    }
    const gz = await gzipDeterministic(data);
    if (existing) await unlink(path.join(this.#dir, existing)).catch(() => undefined);
    if (gz.length >= data.length) {
      await writeFile(path.join(this.#dir, `${name}.none`), "");
      this.#entries.set(pathKey, `${name}.none`);
      return 0;
    }
    await writeAtomic(path.join(this.#dir, `${name}.gz`), gz);
    this.#entries.set(pathKey, `${name}.gz`);
    await linkOrCopy(path.join(this.#dir, `${name}.gz`), `${file}.gz`);
    return gz.length;
  }
}
