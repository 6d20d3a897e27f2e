import type { default as MarkdownIt, StateCore } from "markdown-it";
import { toLatinDigits } from "../persian/digits.ts";

/**
 * Ordered lists typed with Persian or Arabic-Indic digits. CommonMark (and markdown-it) only
 * reads ASCII digits in a list marker, so `۱. …` lines became one run-on paragraph. Written by
 * hand: no markdown-it plugin reads other digits.
 *
 * A marker is what CommonMark accepts, in any digit script: 1 to 9 digits, then `.` or `)`, then
 * a space or the end of the line (`۱.`, `۱)`, `١.`, `12)`). Not `۱-`: CommonMark never reads it
 * as a list, a hyphen after a number is also a range or a phone number (`۱۰-۱۲`, `۰۷۱-۳۲…`), and
 * every other Markdown tool (the CMS preview, an editor) would disagree with the site.
 */
// Each container marker takes only the spaces before it (a bullet must be followed by one), so
// there is one way to split a prefix of spaces and markers: linear, not exponential, backtracking.
const MARKER = /^((?:[ \t]*(?:>|[-*+](?=[ \t])))*[ \t]*)([\u06F0-\u06F9\u0660-\u0669][0-9\u06F0-\u06F9\u0660-\u0669]{0,8})([.)])(?=[ \t]|$)/;
const MAY_HAVE_MARKER = /[\u06F0-\u06F9\u0660-\u0669][.)]/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|[0-9\u06F0-\u06F9\u0660-\u0669]{1,9}[.)])(?:[ \t]|$)/;

/** A marker rewritten in ASCII digits, to be given back if the line is not a list item after all. */
interface Rewritten {
  line: number;
  latin: string;
  original: string;
}

/**
 * Rewrite Persian and Arabic-Indic digits of list markers as ASCII (same length, so every offset
 * and line map stays right), outside fenced code and indented code. An indented line counts only
 * under a list item (a nested list); otherwise four spaces start a code block.
 * @example latinListMarkers("۱. اول\n۲. دوم").src → "1. اول\n2. دوم"
 */
export function latinListMarkers(src: string): { src: string; rewritten: Rewritten[] } {
  const lines = src.split("\n");
  const rewritten: Rewritten[] = [];
  let fence: string | null = null;
  let inList = false;
  lines.forEach((line, i) => {
    const f = FENCE.exec(line);
    if (fence !== null) {
      if (f && f[1]?.[0] === fence[0] && (f[1]?.length ?? 0) >= fence.length) fence = null;
      return;
    }
    if (f) {
      fence = f[1] as string;
      return;
    }
    if (line.trim() === "") return;
    const indented = /^(?: {4}|\t)/.test(line);
    if (indented && !inList) return;
    const m = MARKER.exec(line);
    if (m) {
      const [, lead, digits, delim] = m as unknown as [string, string, string, string];
      const latin = toLatinDigits(digits);
      lines[i] = lead + latin + line.slice(lead.length + digits.length);
      rewritten.push({ line: i, latin: latin + delim, original: digits + delim });
    }
    // A list item opens the context; an indented line keeps it; any other line closes it.
    if (m !== null || LIST_ITEM.test(line)) inList = true;
    else if (!indented) inList = false;
  });
  return { src: lines.join("\n"), rewritten };
}

/**
 * markdown-it plugin: read Persian and Arabic-Indic list markers (see `latinListMarkers`). A
 * rewritten marker that ends up as paragraph text (a `۲.` that cannot interrupt a paragraph, as
 * in CommonMark) gets its own digits back, so the text reads as written.
 */
export function persianListMarkers(md: MarkdownIt): void {
  const pending = new WeakMap<StateCore, Rewritten[]>();
  md.core.ruler.after("normalize", "persian_list_markers", (state) => {
    if (!MAY_HAVE_MARKER.test(state.src)) return;
    const { src, rewritten } = latinListMarkers(state.src);
    if (rewritten.length === 0) return;
    state.src = src;
    pending.set(state, rewritten);
  });
  md.core.ruler.after("block", "persian_list_markers_restore", (state) => {
    const rewritten = pending.get(state);
    if (!rewritten) return;
    for (const token of state.tokens) {
      if (token.type !== "inline" || !token.map) continue;
      const [from, to] = token.map;
      const lines = token.content.split("\n");
      let changed = false;
      for (const r of rewritten) {
        if (r.line < from || r.line >= to) continue;
        const j = r.line - from;
        const text = lines[j];
        if (text === undefined) continue;
        const at = text.indexOf(r.latin);
        if (at === -1 || text.slice(0, at).trim() !== "") continue;
        lines[j] = text.slice(0, at) + r.original + text.slice(at + r.latin.length);
        changed = true;
      }
      if (changed) token.content = lines.join("\n");
    }
  });
}
