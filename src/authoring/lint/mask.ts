import { MASK } from "./chars.ts";
import type { Region } from "./regions.ts";

/** A cheap test that must pass before a pattern runs (most bodies have no `<`, no backtick…). */
type Hint = RegExp | ((text: string) => boolean);
const startsOrFollowsNewline = (chars: string[]) => (t: string) =>
  chars.some((c) => t.startsWith(c) || t.includes(`\n${c}`));

/**
 * What the lint must neither read nor change, inside any prose. Latin context is found here,
 * not by virastar: virastar keeps digits only inside a word that itself has Latin letters, so
 * it would turn the year in «ILNA 2025» Persian (checked on 0.22.1).
 */
const INLINE: Array<[RegExp, Hint?]> = [
  [/<!--[\s\S]*?-->/g, /<!--/], // HTML comments
  [/<[A-Z][A-Z0-9+.-]*:[^>\s]*>/gi, /</], // autolinks <https://…>
  [/<\/?[A-Z][^>\n]*>/gi, /</], // HTML tags
  [/&#?[A-Z0-9]+;/gi, /&/], // entities
  [/(?<!`)(`+)(?!`)(?:(?!\n[ \t]*\n)[\s\S])+?(?<!`)\1(?!`)/g, /`/], // code spans (never across a blank line)
  [/\]\([^)\]\n]*\)/g, /\]\(/], // Markdown link and image destinations (with their title; a `]` ends the scan: linear time)
  [/\]\[[^\]\n]*\]/g, /\]\[/], // reference labels
  [/\b(?:https?|ftp|mailto|tel):[^\s<>«»"'`]+/gi, /:/], // URLs
  [/\bwww\.[^\s<>«»"'`]+/gi, /www\./i],
  // E-mail addresses, with Persian or Arabic letters in the name or domain too (كريم@کار.ir): the
  // same shape as the build's (content/bidi-runs.ts), so --fix never changes a mailbox.
  [/(?<![\p{L}\p{N}_.%+-])[\p{L}\p{N}_.%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu, /@/],
  // Latin words with the numbers and punctuation around them: «ILNA 2025», «ISO 9001:2015»,
  // «COVID-19», and a whole English sentence, digits included.
  [/(?:(?<![\d.,:/%-])\d[\d.,:/%-]*[ \t]*)?[A-Z][A-Z0-9]*(?:[ \t.,'’&:/_+()-]+[A-Z0-9]+)*(?:[ \t]*\d[0-9.,:/%-]*)?/gi, /[A-Z]/i],
  [/\.{2,}/g, /\.\./], // ellipses typed as dots: not sentence ends
  // Indentation (YAML and Markdown syntax) and trailing spaces (Markdown hard breaks).
  [/^[ \t]+/gm, startsOrFollowsNewline([" ", "\t"])],
  [/(?<![ \t])[ \t]+$/gm, (t) => t.includes(" \n") || t.includes("\t\n") || t.endsWith(" ") || t.endsWith("\t")],
];

/** Phone numbers and other long digit groups; a date like 1404-06-25 10:30 is prose, not a phone number. */
const PHONE = /\+?\d[0-9 ()-]{6,}\d/g;
const DATE_LIKE = /^\d{2,4}[-/]\d{1,2}[-/]\d{1,4}(?: \d{1,2})?$/; // with the hour of "10:30"

/** Ordered-list numbers must stay Latin for Markdown to see a list. */
const ORDERED_LIST: [RegExp, Hint?] = [/^[ \t]*(?:[-*+>][ \t]+)*\d+[.)](?=[ \t]|$)/gm];

/** Markdown block syntax in the body: code blocks, reference definitions, ordered-list numbers. */
const BLOCK: Array<[RegExp, Hint?]> = [
  [/^[ \t]{0,3}(`{3,}(?!`)|~{3,}(?!~))[^\n]*\n[\s\S]*?(?:^[ \t]{0,3}\1[^\n]*$|(?![\s\S]))/gm, (t) => t.includes("```") || t.includes("~~~")], // fenced code
  [/^(?: {4}|\t).*$/gm, startsOrFollowsNewline(["    ", "\t"])], // indented code (and deeply indented lines: left alone)
  [/^[ \t]{0,3}\[[^\]\n]+\]:.*$/gm, (t) => t.includes("]:")], // link reference definitions
  ORDERED_LIST,
];

/**
 * A copy of the file, same length and same line breaks, where every character outside the prose
 * regions, and every protected run inside them (see INLINE and BLOCK), is MASK. Rules read only
 * this copy, so offsets in it are offsets in the file and nothing protected can be changed.
 * @example maskText("title: سال 2025\n", [{ field: "title", start: 7, end: 15, markdown: false }])
 *   → "\uE000…\uE000سال 2025\n" (the key is masked, the value is not)
 */
export function maskText(text: string, regions: readonly Region[]): string {
  let out = "";
  let last = 0;
  for (const region of regions) {
    out += hide(text.slice(last, region.start));
    out += maskRegion(text.slice(region.start, region.end), region);
    last = region.end;
  }
  return out + hide(text.slice(last));
}

function hide(s: string): string {
  if (!s.includes("\n")) return MASK.repeat(s.length);
  return s.split("\n").map((line) => MASK.repeat(line.length)).join("\n");
}

function maskRegion(value: string, region: Region): string {
  // Protected [start, end) intervals; each pattern runs only when its cheap pretest finds a hint.
  const spans: Array<[number, number]> = [];
  const cover = ([re, hint]: [RegExp, Hint?], accept?: (m: string) => boolean) => {
    if (hint && !(typeof hint === "function" ? hint(value) : hint.test(value))) return;
    re.lastIndex = 0;
    for (const m of value.matchAll(re)) {
      if (m[0] !== "" && (!accept || accept(m[0]))) spans.push([m.index, m.index + m[0].length]);
    }
  };
  const hasDigit = /\d/.test(value);
  if (region.markdown) for (const pattern of BLOCK) if (hasDigit || pattern !== ORDERED_LIST) cover(pattern);
  if (region.quoted === "double") cover([/\\[\s\S]/g, /\\/]);
  if (region.quoted === "single") cover([/''/g, /''/]);
  for (const pattern of INLINE) cover(pattern);
  if (hasDigit) cover([PHONE], (m) => !DATE_LIKE.test(m.trim()));
  if (spans.length === 0) return value;
  spans.sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  for (const [start, end] of spans) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += value.slice(at, from) + hide(value.slice(from, end));
    at = end;
  }
  return out + value.slice(at);
}
