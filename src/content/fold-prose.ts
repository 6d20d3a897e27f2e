import type { default as MarkdownIt, Token } from "markdown-it";
import { foldArabicLetters } from "../persian/persian-letters.ts";
import { URL_ONLY, URL_OR_EMAIL } from "./bidi-runs.ts";

/**
 * Fold Arabic ي/ك to Persian ی/ک in prose only: never inside a URL or an e-mail address written
 * in the text. Same length in and out.
 * @example foldProse("بيمه https://ar.wikipedia.org/wiki/منظمة") → "بیمه https://ar.wikipedia.org/wiki/منظمة"
 */
export function foldProse(text: string): string {
  if (!/[\u064A\u0649\u0643]/.test(text)) return text;
  let out = "";
  let last = 0;
  for (const m of text.matchAll(text.includes("@") ? URL_OR_EMAIL : URL_ONLY)) {
    out += foldArabicLetters(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + foldArabicLetters(text.slice(last));
}

function foldChildren(children: Token[]): void {
  let autolink = 0;
  for (const t of children) {
    if (t.type === "link_open" && t.markup === "autolink") autolink++;
    else if (t.type === "link_close" && t.markup === "autolink") autolink--;
    else if (t.type === "text" && autolink === 0) t.content = foldProse(t.content);
    // An image's alt text is prose: its children are folded like any other text.
    if (t.children) foldChildren(t.children);
  }
}

/**
 * markdown-it plugin: fold the text tokens of a body, after inline parsing. Link targets,
 * image sources, autolinks (`<https://…>`, `<a@b.ir>`), code spans and code blocks are other
 * tokens or attributes, so they are never touched. Written by hand: it is a walk over tokens.
 */
export function foldProseText(md: MarkdownIt): void {
  md.core.ruler.after("inline", "fold_prose", (state) => {
    for (const token of state.tokens) if (token.type === "inline" && token.children) foldChildren(token.children);
  });
}
