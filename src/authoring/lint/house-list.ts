import { readFileSync } from "node:fs";
import path from "node:path";
import { foldArabicLetters } from "../../persian/persian-letters.ts";
import { PERSIAN_LETTER, ZWNJ } from "./chars.ts";

/** The house list, compiled: wrong form → right form, and one expression that finds them all. */
export interface HouseWords {
  words: Map<string, string>;
  /** Matcher (global) that checks the end of a word; the caller checks its start with `letter`. */
  pattern: RegExp | null;
  /** A character that continues a word: a Persian letter, ZWNJ or ZWJ. */
  letter: RegExp;
}

/** `_data/house-words.json`: `{ "توضیح": "…", "words": { "ادارهکل": "اداره‌کل", … } }`. */
interface HouseWordsFile {
  words?: Record<string, unknown>;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Compile a wrong → right map. Keys are matched as whole words, after Arabic ي/ك are folded.
 * @example compileHouseWords({ "میشود": "می‌شود" }).words.get("میشود") → "می‌شود"
 */
export function compileHouseWords(words: Record<string, string>): HouseWords {
  const map = new Map<string, string>();
  for (const [wrong, right] of Object.entries(words)) {
    const key = foldArabicLetters(wrong.trim());
    if (key !== "" && key !== right) map.set(key, right);
  }
  const letter = `[${PERSIAN_LETTER}${ZWNJ}\u200D]`;
  if (map.size === 0) return { words: map, pattern: null, letter: new RegExp(letter) };
  // Longest first, so «برنامههای» wins over «برنامهها».
  const alternatives = [...map.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join("|");
  // No leading lookbehind: V8 then scans for the words' first letters quickly.
  return { words: map, pattern: new RegExp(`(?:${alternatives})(?!${letter})`, "g"), letter: new RegExp(letter) };
}

/**
 * Read `_data/house-words.json` (a missing file is an empty list; a broken one is a bilingual error).
 * @example readHouseWords("_data").words.get("ادارهکل") → "اداره‌کل"
 */
export function readHouseWords(dataDir: string): HouseWords {
  const file = path.join(dataDir, "house-words.json");
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch {
    return compileHouseWords({});
  }
  let parsed: HouseWordsFile;
  try {
    parsed = JSON.parse(raw) as HouseWordsFile;
  } catch (err) {
    throw new Error(
      `${file}: JSON خوانا نیست؛ ویرگول‌ها و گیومه‌ها را بررسی کنید (${(err as Error).message})\n` +
        `    ${file}: the JSON cannot be read; check commas and quotes`,
    );
  }
  const words: Record<string, string> = {};
  for (const [wrong, right] of Object.entries(parsed.words ?? {})) {
    if (typeof right !== "string") {
      throw new Error(
        `${file}: «${wrong}» باید یک متن داشته باشد: "شکل نادرست": "شکل درست"\n` +
          `    ${file}: «${wrong}» must map to a text: "wrong form": "right form"`,
      );
    }
    words[wrong] = right;
  }
  return compileHouseWords(words);
}
