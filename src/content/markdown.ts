import MarkdownIt from "markdown-it";

/**
 * The one Markdown renderer for release bodies. `html: false` escapes raw HTML,
 * so nothing a body contains is ever executed.
 */
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** Render a release body to HTML. @example renderBody("**خبر**") → "<p><strong>خبر</strong></p>\n" */
export function renderBody(markdown: string): string {
  return md.render(markdown);
}
