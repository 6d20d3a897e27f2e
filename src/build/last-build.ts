import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";

/** The record of the last successful `npm run build`, in each versioned cache folder (src/build/unchanged.ts). */
export const LAST_BUILD_FILE = "last-build.json";

/**
 * Delete every last-build record and output manifest under a cache base, so the next
 * `npm run build` builds (and stages everything) instead of trusting `_site/`: called when
 * something else (the `npm start` server) writes into it.
 */
export function forgetLastBuilds(cacheBase: string): void {
  if (!existsSync(cacheBase)) return;
  for (const version of readdirSync(cacheBase)) {
    rmSync(path.join(cacheBase, version, LAST_BUILD_FILE), { force: true });
    // The manifests of the output (src/build/output-manifest.ts): the next build stages everything.
    const dir = path.join(cacheBase, version);
    if (statSync(dir).isDirectory()) {
      for (const name of readdirSync(dir)) if (/^output-[0-9a-f]+\.json$/.test(name)) rmSync(path.join(dir, name), { force: true });
    }
  }
}
