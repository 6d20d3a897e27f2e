import { lstatSync, realpathSync } from "node:fs";
import path from "node:path";

/** Where a file a release names may live: beside the release file, or in the shared `media/`. */
export interface ContainedFile {
  /** Absolute path on disk (lexical: inside the release's folder or `media/`, no link on the way). */
  absPath: string;
  /** Site path as published, not encoded, e.g. `/releases/142/گزارش سال.pdf`: where the file is written. */
  publishPath: string;
  /** The same path percent-encoded per segment, e.g. `/releases/142/%DA%AF%D8%B2…%20%D8%B3%D8%A7%D9%84.pdf`: what pages and feeds link to. */
  url: string;
  area: "release" | "media";
}

/** Why a path was refused, in Persian and English. */
export interface PathRefusal {
  fa: string;
  en: string;
}

const MEDIA = "/media/";

/** Percent-encode each segment of a site path; `/` stays the separator. */
export function encodePathSegments(sitePath: string): string {
  return sitePath.split("/").map(encodeURIComponent).join("/");
}

function refusal(fa: string, en: string): PathRefusal {
  return { fa, en };
}

/** A segment that a URL decoder would turn into `..`, a separator or NUL: `%2e%2e`, `%2f`, `%5c`, `%00`. */
function encodedTrick(segment: string): boolean {
  if (!segment.includes("%")) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return false; // `100%.pdf` is a name, not an encoding
  }
  return decoded === ".." || decoded === "." || /[/\\\0]/.test(decoded);
}

/** True when `inner` is `outer` or below it (both absolute, same form). */
function isInside(outer: string, inner: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/**
 * Resolve a path a release names (`image.src`, `attachments[].src`) and prove it stays where
 * release files may point: inside the release file's own folder, or inside `mediaDir` for
 * `/media/…`. The path is taken literally (no URL decoding: `%` is a character of the name).
 * Refused, in this order: NUL and control characters, backslashes, absolute paths of a computer
 * (`/etc/passwd`, `C:\…`), web addresses, `..` segments, encoded separators or dots, hidden
 * segments (`.git`), a missing file or a folder, a symlink anywhere on the way (checked with
 * `lstat` and by comparing the `realpath` of the file with the lexical path) and, last, anything
 * whose `realpath` is not inside the real folder. Source of the rule: issue 12, point 1.
 * @example resolveContained("./a b.pdf", "/site/releases/1404/0142-x.md", "/site/media", 142)
 *   → { absPath: "/site/releases/1404/a b.pdf", publishPath: "/releases/142/a b.pdf", url: "/releases/142/a%20b.pdf", area: "release" }
 */
export function resolveContained(src: string, releaseFile: string, mediaDir: string, code: number | undefined): ContainedFile | PathRefusal {
  // Control characters are exactly what is refused (no-control-regex is off in eslint.config.js).
  if (/[\u0000-\u001f\u007f]/.test(src)) {
    return refusal("مسیر نویسهٔ نامرئی یا نامجاز (مانند NUL) دارد؛ نام پرونده را دوباره بنویسید",
      "the path holds an invisible or forbidden character (NUL or another control character); retype the file name");
  }
  if (src.includes("\\")) {
    return refusal("در مسیر به جای \\ از / استفاده کنید، مثلاً ./photos/photo.jpg",
      "use / in paths, not \\, e.g. ./photos/photo.jpg");
  }
  const isMedia = src.startsWith(MEDIA);
  if (/^[a-z]:/i.test(src) || src.startsWith("~") || (src.startsWith("/") && !isMedia)) {
    return refusal("مسیر باید نسبت به پروندهٔ خبر (./photo.jpg) یا از /media/ باشد، نه مسیری از رایانه",
      "the path must be relative to the release file (./photo.jpg) or under /media/, not a path on a computer");
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) {
    return refusal("مسیر باید نسبت به پروندهٔ خبر (./photo.jpg) یا از /media/ باشد، نه نشانی اینترنتی",
      "the path must be relative to the release file (./photo.jpg) or under /media/, not a web address");
  }
  const rest = isMedia ? src.slice(MEDIA.length) : src;
  const segments = rest.split("/");
  if (segments.includes("..")) {
    return refusal("مسیر نباید با .. از پوشهٔ خبر یا پوشهٔ media بیرون برود؛ پرونده را کنار پروندهٔ خبر بگذارید",
      "the path must not leave the release's folder or media/ with ..; put the file beside the release file");
  }
  if (segments.some(encodedTrick)) {
    return refusal("مسیر نشانه‌های رمزشده مانند %2e یا %2f دارد؛ نام واقعی پرونده را بنویسید",
      "the path holds encoded characters such as %2e or %2f; write the file's real name");
  }
  const named = segments.filter((s) => s !== "" && s !== ".");
  if (named.some((s) => s.startsWith("."))) {
    return refusal("پرونده‌ها و پوشه‌های پنهان (نامی که با نقطه آغاز می‌شود) منتشر نمی‌شوند؛ نقطهٔ آغاز نام را بردارید",
      "hidden files and folders (a name starting with a dot) are never published; remove the leading dot");
  }
  const base = isMedia ? mediaDir : path.dirname(releaseFile);
  const absPath = path.join(base, ...named);
  const notFound = refusal("پرونده پیدا نشد؛ پرونده را کنار پروندهٔ خبر یا در پوشهٔ media بگذارید و نام را درست بنویسید",
    "file not found; put the file beside the release file or in media/ and check the name");
  if (named.length === 0) return notFound;
  const symlink = refusal("این مسیر پیوند نمادین (symlink) است یا از آن می‌گذرد؛ خود پرونده را بگذارید، نه پیوندی به آن",
    "the path is or passes through a symbolic link; commit the file itself, not a link to it");
  // Each step below the base with lstat: a link to a file, or a linked folder on the way.
  let stat;
  for (let i = 1; i <= named.length; i++) {
    try {
      stat = lstatSync(path.join(base, ...named.slice(0, i)));
    } catch {
      return notFound;
    }
    if (stat.isSymbolicLink()) return symlink;
  }
  if (!stat?.isFile()) return notFound;
  // Last line of defence: the real file is inside the real folder (links above the base, races).
  let realBase: string;
  let realFile: string;
  try {
    realBase = realpathSync(base);
    realFile = realpathSync(absPath);
  } catch {
    return notFound;
  }
  if (!isInside(realBase, realFile)) {
    return refusal("مسیر به بیرون از پوشهٔ خبر و پوشهٔ media می‌رسد؛ پرونده را کنار پروندهٔ خبر بگذارید",
      "the path resolves outside the release's folder and media/; put the file beside the release file");
  }
  const publishPath = isMedia ? `${MEDIA}${named.join("/")}` : `/releases/${code ?? 0}/${named.at(-1) as string}`;
  return { absPath, publishPath, url: encodePathSegments(publishPath), area: isMedia ? "media" : "release" };
}
