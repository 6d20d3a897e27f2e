import { existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";

/** The record of the last successful `npm run build`, in each versioned cache folder (src/build/unchanged.ts). */
export const LAST_BUILD_FILE = "last-build.json";

/**
 * Delete every last-build record under a cache base, so the next `npm run build` builds instead
 * of trusting `_site/`: called when something else (the `npm start` server) writes into it.
 */
export function forgetLastBuilds(cacheBase: string): void {
  if (!existsSync(cacheBase)) return;
  for (const version of readdirSync(cacheBase)) {
    rmSync(path.join(cacheBase, version, LAST_BUILD_FILE), { force: true });
  }
}
