import { buildNewsroom, type Newsroom } from "../collections/newsroom.ts";
import { changedPlan } from "../collections/render-plan.ts";
import { readBuildTime } from "./build-time.ts";
import { loadReleasesOrThrow } from "./load-releases.ts";

export interface StoreOptions {
  root: string;
  releasesDir: string;
  dataDir: string;
  /** Folder of `/media/…` files; default `<root>/media`. */
  mediaDir?: string;
}

/** Load and validate every release, then compute the views, at the build's one "now". */
export function loadNewsroom(options: StoreOptions, now: Date = readBuildTime()): Newsroom {
  return loadWithHashes(options, now).newsroom;
}

function loadWithHashes(options: StoreOptions, now: Date = readBuildTime()): { newsroom: Newsroom; hashes: Map<number, string> } {
  const { releases, vocabulary, hashes } = loadReleasesOrThrow(options);
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
  constructor(readonly options: StoreOptions) {}

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
    const { newsroom, hashes } = loadWithHashes(this.options);
    if (onlyReleasesChanged && prev && prevHashes) newsroom.render = changedPlan(prev, prevHashes, newsroom, hashes);
    this.#current = newsroom;
    this.#hashes = hashes;
    return newsroom;
  }

  get current(): Newsroom {
    return this.#current ?? this.refresh();
  }
}
