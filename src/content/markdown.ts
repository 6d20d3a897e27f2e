import MarkdownIt from "markdown-it";
import { urlLinks } from "./url-links.ts";

/**
 * The one Markdown renderer for release bodies. `html: false` escapes raw HTML,
 * so nothing a body contains is ever executed.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false }).use(urlLinks);

/**
 * Runs of Latin script inside Persian text: URLs, emails, phone numbers, English names.
 * Written by hand because no Markdown plugin isolates bidi runs; `<bdi>` keeps their
 * punctuation from jumping to the wrong side in a right-to-left paragraph.
 */
const LATIN_RUN = /(?:https?:\/\/[^\s<>«»،]+[^\s<>«»،.,:;!?)]|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|\+?\d[\d -]{6,}\d|[A-Za-z][A-Za-z0-9]*(?:[ .'&-]+[A-Za-z0-9]+)*)/g;

const escape = md.utils.escapeHtml;

md.renderer.rules.text = (tokens, idx) => {
  const content = tokens[idx]?.content ?? "";
  let out = "";
  let last = 0;
  for (const m of content.matchAll(LATIN_RUN)) {
    out += escape(content.slice(last, m.index)) + `<bdi>${escape(m[0])}</bdi>`;
    last = (m.index ?? 0) + m[0].length;
  }
  return out + escape(content.slice(last));
};

// Images inside a body sit below the release image, the title and the lead: load them lazily.
const defaultImage = md.renderer.rules.image;
md.renderer.rules.image = (tokens, idx, options, env, self) => {
  tokens[idx]?.attrSet("loading", "lazy");
  tokens[idx]?.attrSet("decoding", "async");
  return defaultImage ? defaultImage(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
};

/**
 * Render a release body to HTML.
 * @example renderBody("تلفن 071-32000000") → "<p>تلفن <bdi>071-32000000</bdi></p>\n"
 */
export function renderBody(markdown: string): string {
  return md.render(markdown);
}
