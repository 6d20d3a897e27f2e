import { buildNewsroom, type Newsroom } from "../collections/newsroom.ts";
import { readBuildTime } from "./build-time.ts";
import { loadReleasesOrThrow } from "./load-releases.ts";

export interface StoreOptions {
  root: string;
  releasesDir: string;
  dataDir: string;
}

/** Load and validate every release, then compute the views, at the build's one "now". */
export function loadNewsroom(options: StoreOptions, now: Date = readBuildTime()): Newsroom {
  const { releases, vocabulary } = loadReleasesOrThrow(options);
  return buildNewsroom(releases, vocabulary, now);
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

  refresh(): Newsroom {
    this.#current = handedOff ?? loadNewsroom(this.options);
    handedOff = undefined;
    return this.#current;
  }

  get current(): Newsroom {
    return this.#current ?? this.refresh();
  }
}
