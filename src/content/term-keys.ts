import { closest, distance } from "fastest-levenshtein";
import { foldArabicLetters } from "../persian/persian-letters.ts";
import { stripMarks } from "./invisible.ts";

/** A known key suggested for what the author typed, and whether it was matched by its Persian name. */
export interface KeySuggestion {
  key: string;
  /** The Persian name of the term, when the author typed the name instead of the key. */
  name?: string;
}

/**
 * A Persian name reduced to what tells names apart: Arabic ي/ك/ى folded, ZWNJ, spaces, tatweel,
 * diacritics and invisible marks dropped, ۀ/ة/هٔ as ه, أ/إ/آ as ا.
 * @example foldName("کوه چنار") === foldName("كوه‌چنار") → true
 */
export function foldName(text: string): string {
  return foldArabicLetters(stripMarks(text))
    .replace(/[\s\u200C\u0640\u064B-\u065F\u0670]/g, "")
    .replace(/[\u06C0\u0629]/g, "\u0647")
    .replace(/[\u0622\u0623\u0625]/g, "\u0627");
}

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;

/**
 * The key of `_data/topics.json` or `_data/counties.json` the author probably meant, or undefined
 * when nothing is close. A Persian name (`شیراز`, `شيراز`, `كوه چنار`) finds its key by name, and
 * so does a part of exactly one name (`بیمه` → `insurance`, named «بیمه و تأمین اجتماعی»);
 * a Latin typo finds the nearest key (edit distance at most a third of its length, at least 2).
 * @example suggestKey("شيراز", { shiraz: { name: "شیراز" } }) → { key: "shiraz", name: "شیراز" }
 */
export function suggestKey(found: string, vocab: Record<string, { name: string }>): KeySuggestion | undefined {
  const keys = Object.keys(vocab);
  if (keys.length === 0) return undefined;
  const typed = stripMarks(found);
  if (ARABIC_SCRIPT.test(typed)) {
    const folded = foldName(typed);
    const names = keys.map((key) => ({ key, name: (vocab[key] as { name: string }).name, folded: foldName((vocab[key] as { name: string }).name) }));
    const exact = names.find((n) => n.folded === folded);
    if (exact) return { key: exact.key, name: exact.name };
    const best = closest(folded, names.map((n) => n.folded));
    const hit = names.find((n) => n.folded === best);
    if (hit && distance(folded, best) <= Math.max(1, Math.floor(folded.length / 4))) return { key: hit.key, name: hit.name };
    // A short form of one name: «بیمه» for «بیمه و تأمین اجتماعی», «کوه» for «کوه‌چنار»; a word
    // that several names share («اجتماعی») suggests nothing.
    const part = folded.length >= 3 ? names.filter((n) => n.folded.includes(folded)) : [];
    return part.length === 1 && part[0] ? { key: part[0].key, name: part[0].name } : undefined;
  }
  const lower = typed.toLowerCase();
  const best = closest(lower, keys);
  return distance(lower, best) <= Math.max(2, Math.floor(lower.length / 3)) ? { key: best } : undefined;
}

/**
 * The hint a message appends: " شاید منظورتان «shiraz» است." / " Did you mean “shiraz”?"; for a
 * Persian name it says that the key, not the name, is written.
 */
export function keyHint(found: string, vocab: Record<string, { name: string }>): { fa: string; en: string } {
  const s = suggestKey(found, vocab);
  if (!s) return { fa: "", en: "" };
  if (s.name) {
    return {
      fa: ` به جای نام فارسی، کلید لاتین آن را بنویسید: «${s.key}» (${s.name}).`,
      en: ` Write the Latin key, not the Persian name: “${s.key}” (${s.name}).`,
    };
  }
  return { fa: ` شاید منظورتان «${s.key}» است.`, en: ` Did you mean “${s.key}”?` };
}
