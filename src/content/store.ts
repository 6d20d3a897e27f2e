import { buildNewsroom, type Newsroom } from "../collections/newsroom.ts";
import { changedPlan } from "../collections/render-plan.ts";
import { readBuildTime } from "./build-time.ts";
import { loadReleasesOrThrow } from "./load-releases.ts";
import { ParseCache } from "./parse-cache.ts";

export interface StoreOptions {
  root: string;
  releasesDir: string;
  dataDir: string;
  /** Folder of `/media/…` files; default `<root>/media`. */
  mediaDir?: string;
  /**
   * The build cache's versioned folder (src/build/cache.ts): parsed releases are kept in it
   * between builds (parse-cache.ts). Without it every file is parsed.
   */
  cacheDir?: string | undefined;
}

/** Load and validate every release, then compute the views, at the build's one "now". */
export function loadNewsroom(options: StoreOptions, now: Date = readBuildTime()): Newsroom {
  const parseCache = options.cacheDir === undefined ? undefined : new ParseCache(options.cacheDir);
  return loadWithHashes(options, parseCache, now).newsroom;
}

function loadWithHashes(options: StoreOptions, parseCache: ParseCache | undefined, now: Date = readBuildTime()): { newsroom: Newsroom; hashes: Map<number, string> } {
  const { releases, vocabulary, hashes } = loadReleasesOrThrow({ ...options, ...(parseCache ? { parseCache } : {}) });
  return { newsroom: buildNewsroom(releases, vocabulary, now), hashes };
}

let handedOff: Newsroom | undefined;

/**
 * A caller that already loaded the releases (the build command validates before starting
 * Eleventy) hands them to the next Eleventy run, so no file is parsed twice.
 */
export function handOff(newsroom: Newsroom): void {
  handedOff = newsroom;
}

/** Holds the current build's views; refreshed at every (re)build by `eleventy.before`. */
export class NewsroomStore {
  #current: Newsroom | undefined;
  /** Kept across refreshes, so a watch rebuild parses only the files that changed. */
  #parseCache: ParseCache;
  #persisted: boolean;
  constructor(readonly options: StoreOptions) {
    this.#parseCache = new ParseCache(options.cacheDir);
    this.#persisted = options.cacheDir !== undefined;
  }

  /**
   * Keep parsed releases in a build cache folder too, from the next refresh on (`npm start`, so
   * its first load reuses what the last build or check parsed). `folder` is called once.
   */
  persistParses(folder: () => string): void {
    if (this.#persisted) return;
    this.#parseCache = new ParseCache(folder());
    this.#persisted = true;
  }

  #hashes: Map<number, string> | undefined;

  /**
   * Load for a new build. `onlyReleasesChanged` (a watch rebuild after edits to release files
   * only) renders just the pages whose output can differ from the last build.
   */
  refresh(onlyReleasesChanged = false): Newsroom {
    if (handedOff) {
      this.#current = handedOff;
      this.#hashes = undefined;
      handedOff = undefined;
      return this.#current;
    }
    const prev = this.#current;
    const prevHashes = this.#hashes;
    const { newsroom, hashes } = loadWithHashes(this.options, this.#parseCache);
    if (onlyReleasesChanged && prev && prevHashes) newsroom.render = changedPlan(prev, prevHashes, newsroom, hashes);
    this.#current = newsroom;
    this.#hashes = hashes;
    return newsroom;
  }

  get current(): Newsroom {
    return this.#current ?? this.refresh();
  }
}
