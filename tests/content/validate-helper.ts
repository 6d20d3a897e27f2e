import path from "node:path";
import { readVocabulary } from "../../src/content/load-releases.ts";
import { validateRelease } from "../../src/content/validate.ts";

/** Shared by the validate, invisible and term-keys suites: a valid release's data and the real validator. */
const root = process.cwd();
export const vocabulary = readVocabulary(path.join(root, "_data"));
const ctx = { vocabulary, mediaDir: path.join(root, "media") };

export const base = {
  code: 142,
  title: "بهسازی استخر کارگران کازرون آغاز شد",
  lead: "عملیات بهسازی استخر مجموعهٔ ورزشی کارگران کازرون آغاز شد و تا پایان سال آماده می‌شود.",
  date: "1404-06-25 10:30",
  topics: ["employment"],
};

/** `validateRelease` on front-matter data as if read from `releases/x.md`. */
export function validate(data: Record<string, unknown>, body = "متن خبر.") {
  return validateRelease({ file: "releases/x.md", absPath: path.join(root, "releases/x.md"), data, body }, ctx);
}
