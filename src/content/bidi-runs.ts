/**
 * Runs inside Persian text that must be laid out left to right as one unit, whatever script their
 * digits are in. Written by hand: no Markdown or bidi library finds them (the Unicode bidi
 * algorithm itself is what reorders them).
 *
 * Why: in a right-to-left paragraph every digit after a Persian letter is an Arabic number (rule
 * W2 of UAX #9), and a hyphen or a space between two such numbers is neutral, so the groups of
 * `۰۷۱ ۳۲۰۰ ۰۰۰۰`, `۰۷۱-۳۲۰۰۰۰۰۲` or `1404-07-15` are laid out right to left: `۰۰۰۰ ۳۲۰۰ ۰۷۱`,
 * a date day first. A slash or a colon joins them (W4), so `۱۴۰۴/۰۷/۱۵` and `۱۰:۳۰` display as
 * written; isolating them too costs nothing and keeps one rule for every script.
 */

/** One digit in any script staff type: Latin, Persian (U+06F0…) or Arabic-Indic (U+0660…). */
const D = "[0-9\\u06F0-\\u06F9\\u0660-\\u0669]";
/** Hyphens and dashes between digit groups, with at most one space on each side: `۱۰ - ۱۲`. */
const DASH = "[-\\u2010\\u2011\\u2012\\u2013]";

/** URLs: isolated, and never folded or otherwise changed (see fold-prose.ts). */
const URL = "(?:https?|ftp|mailto|tel):[^\\s<>«»\"'،]*[^\\s<>«»\"'،.,:;!?)]|www\\.[^\\s<>«»\"'،]*[^\\s<>«»\"'،.,:;!?)]";
// An address with letters of any script (`علي@كار.ir`): protected from folding, and isolated.
// It starts at the `@`'s word only, so Persian text is not rescanned letter by letter.
const ANY_EMAIL = "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}";

/**
 * What text folding must never change: URLs and e-mail addresses, in any script (an Arabic
 * Wikipedia address, `info@كار.example`), so folding ي/ك cannot send a reader to another page.
 */
export const URL_OR_EMAIL = new RegExp(`${URL}|${ANY_EMAIL}`, "gu");
/** `URL_OR_EMAIL` for a text without an «@» (much faster). */
export const URL_ONLY = new RegExp(URL, "gu");

/**
 * Numbers made of several digit groups: phone numbers (`۰۷۱ ۳۲۰۰ ۰۰۰۰`, `+98 71 3200 0000`,
 * `۰۷۱-۳۲۰۰۰۰۰۲`), dates (`1404-07-15`, `۱۴۰۴/۰۷/۱۵`), times, ranges (`۱۰-۱۲`), codes (`۱۲/۳۴۵`).
 * Groups joined by a space count only when the number starts with `+` or `0` (a phone number) or
 * has three groups or more: «سال ۱۴۰۴ ۱۲ نفر» is two numbers, each read on its own.
 */
const DIGIT_RUN = `\\+?${D}+(?:(?: ?${DASH} ?|[/.:])${D}+)+|(?:\\+${D}|[0\\u06F0\\u0660])${D}*(?: ${D}+)+|${D}+(?: ${D}+){2,}`;

/** Latin words with what belongs to them: «ILNA News», «ISO 9001:2015», «COVID-19». */
const LATIN_WORDS = "[A-Za-z][A-Za-z0-9]*(?:(?:[ .'&-]+|:(?=[0-9]))[A-Za-z0-9]+)*";

const DIGIT_START = "(?=[+0-9\\u06F0-\\u06F9\\u0660-\\u0669])"; // a cheap test first: V8 then skips ahead fast
const runs = (email: boolean) =>
  new RegExp(`${URL}|${email ? `${ANY_EMAIL}|` : ""}${DIGIT_START}(?<![\\p{N}])(?<digits>${DIGIT_RUN})(?![\\p{N}])|${LATIN_WORDS}`, "gu");
// An e-mail pattern of any script is slow to try at every letter: only used when there is an «@».
const RUN = runs(false);
const RUN_WITH_EMAIL = runs(true);

const MAY_RUN = /[0-9A-Z@\u06F0-\u06F9\u0660-\u0669]/i;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => ESCAPES[c] as string);

/**
 * Escape plain text for HTML and wrap every left-to-right run so it keeps the order it was
 * written in inside a right-to-left line: numbers in `<bdo dir="ltr">` (isolated and laid out
 * character by character left to right: inside a mere isolate, Arabic-Indic digits are still
 * "Arabic numbers" and `٠٧١-٣٢٠٠` would still come out reversed, as measured in Chromium), URLs,
 * e-mail and Latin words in `<bdi dir="ltr">` (an Arabic URL path must keep its own order).
 * The HTML UA stylesheet gives `bdo[dir]` `unicode-bidi: isolate-override`, so feeds read
 * without the site's CSS display the same. Used for the body (markdown.ts) and, as the `bidi`
 * filter, for title, kicker and lead.
 * @example isolateRuns("تلفن ۰۷۱ ۳۲۰۰ ۰۰۰۰") → 'تلفن <bdo dir="ltr">۰۷۱ ۳۲۰۰ ۰۰۰۰</bdo>'
 * @example isolateRuns("A & B") → '<bdi dir="ltr">A</bdi> &amp; <bdi dir="ltr">B</bdi>'
 */
export function isolateRuns(text: string): string {
  // Most titles and leads are Persian words only: nothing to isolate.
  if (!MAY_RUN.test(text)) return escapeHtml(text);
  let out = "";
  let last = 0;
  for (const m of text.matchAll(text.includes("@") ? RUN_WITH_EMAIL : RUN)) {
    const tag = m.groups?.["digits"] === undefined ? "bdi" : "bdo";
    out += escapeHtml(text.slice(last, m.index)) + `<${tag} dir="ltr">${escapeHtml(m[0])}</${tag}>`;
    last = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}
