import type { SearchIndexResult } from "../search/index-releases.ts";
import type { OutputManifest } from "./output-manifest.ts";

/**
 * What `npm run build` (src/build/build-site.ts) hands to the plugin (src/index.ts) for one
 * Eleventy run, and what the plugin hands back: Eleventy loads the plugin itself, so, like
 * `handOff` in src/content/store.ts, this goes through module state. One build at a time.
 */
export interface StagingSession {
  /** The search index, already started into the staging folder before Eleventy was loaded. */
  search?: Promise<SearchIndexResult>;
  /** The output in place, checked against its manifest: pages with the same key are not written. */
  live?: OutputManifest;
  /** Set by the plugin: relative path of each bulk page (`…/index.html`) → its page cache key. */
  pageKeys?: ReadonlyMap<string, string>;
  /** Set by the plugin: relative paths of the bulk pages left as they are in the live output. */
  keptPages?: readonly string[];
}

let current: StagingSession | undefined;

/** Start handing `session` to the next Eleventy run. */
export function beginStaging(session: StagingSession): StagingSession {
  current = session;
  return session;
}

/** The session of the build in progress, if `npm run build` started one. */
export function stagingSession(): StagingSession | undefined {
  return current;
}

export function endStaging(): void {
  current = undefined;
}
