import type { DateTime } from "luxon";

/** A key of `_data/topics.json` or `_data/counties.json`, with its Persian name. */
export interface Term {
  key: string;
  name: string;
}

export interface ReleaseImage {
  /** Site URL of the source image, percent-encoded per segment, e.g. `/releases/142/kazerun-pool.jpg` or `/media/x.jpg`. The original is never published (its metadata may hold GPS); pages and feeds use `responsive`. */
  url: string;
  /** The same site path, not encoded. */
  publishPath: string;
  /** Absolute path of the source file on disk. */
  sourcePath: string;
  alt: string;
  caption?: string;
  /** Filled by the image step of each build (src/images/release-images.ts). */
  responsive?: { html: string; thumb?: string; og: { url: string; width: number; height: number; bytes: number } };
}

export interface ReleaseAttachment {
  /** Site URL, percent-encoded per segment: `/releases/142/%DA%AF%D8%B2%D8%A7%D8%B1%D8%B4.pdf`. */
  url: string;
  /** The same site path, not encoded: where the file is written in the output. */
  publishPath: string;
  sourcePath: string;
  title: string;
  /** Upper-case extension: PDF, DOCX… */
  type: string;
  bytes: number;
}

/** A `/media/` file the body links to or shows: published with the release's page only. */
export interface ReleaseMediaFile {
  /** Site path, not encoded, e.g. `/media/1404/گزارش.pdf`. */
  publishPath: string;
  sourcePath: string;
}

export interface ReleaseUpdate {
  date: DateTime;
  note: string;
}

export interface ReleaseWithdrawal {
  date: DateTime;
  reason: string;
}

/** A validated press release: the only shape templates, feeds and search ever see. */
export interface Release {
  code: number;
  /** Source path relative to the project root, forward slashes (for messages). */
  file: string;
  /** `/releases/<code>/` */
  url: string;
  title: string;
  kicker?: string;
  lead: string;
  /** Publication instant, zoned to Asia/Tehran. */
  date: DateTime;
  county?: Term;
  topics: Term[];
  image?: ReleaseImage;
  attachments: ReleaseAttachment[];
  /** `/media/…` files the body names (src/content/body-media.ts); absent when none. */
  bodyMedia?: ReleaseMediaFile[];
  draft: boolean;
  /** Corrections, oldest first. */
  updates: ReleaseUpdate[];
  withdrawn?: ReleaseWithdrawal;
  /** Body rendered once from Markdown; raw HTML in the source is escaped. */
  bodyHtml: string;
}

/** The site's keyed vocabularies, from `_data/`. */
export interface Vocabulary {
  topics: Record<string, { name: string }>;
  counties: Record<string, { name: string }>;
}
