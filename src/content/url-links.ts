import type MarkdownIt from "markdown-it";

type Token = ReturnType<MarkdownIt["parseInline"]>[number];

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The visible text of a URL link: escaped, with every hyphen and the character after it kept
 * together (`<span class="nw">-l</span>`), so a line never breaks right after a hyphen and the
 * address never looks hyphenated; the copied text is unchanged.
 * @example urlText("https://a-b.ir") → 'https://a<span class="nw">-b</span>.ir'
 */
export function urlText(text: string): string {
  return escapeHtml(text).replace(/-+(?:&(?:amp|lt|gt|quot);|.)?/gu, (m) => `<span class="nw">${m}</span>`);
}

/**
 * markdown-it plugin: addresses written bare in a body (found by markdown-it's linkify) become
 * links set left-to-right (`dir="ltr"`, an isolate) with hyphens that never end a line.
 * Written by hand: no markdown-it plugin sets direction or hyphen behaviour on linkified text.
 */
export function urlLinks(md: MarkdownIt): void {
  // Addresses with a scheme only: bare domains and e-mail addresses stay text (isolated as Latin runs).
  md.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
  md.core.ruler.after("linkify", "url_links", (state) => {
    for (const block of state.tokens) {
      const children: Token[] = block.children ?? [];
      for (let i = 0; i < children.length; i++) {
        const open = children[i];
        if (open?.type !== "link_open" || open.markup !== "linkify") continue;
        open.attrSet("dir", "ltr");
        open.attrSet("class", "url");
        const text = children[i + 1];
        if (text?.type !== "text") continue;
        // linkify-it takes Persian punctuation after an address as part of it: give it back.
        let end = text.content.length; // a backwards scan: a trailing-run regex is quadratic on long runs
        while (end > 0 && "،؛؟«»".includes(text.content[end - 1] ?? "")) end--;
        const trailing = text.content.slice(end);
        if (trailing) {
          const address = text.content.slice(0, -trailing.length);
          const mailto = (open.attrGet("href") ?? "").startsWith("mailto:") && !address.startsWith("mailto:");
          open.attrSet("href", md.normalizeLink(mailto ? `mailto:${address}` : address));
          text.content = address;
          const after = new state.Token("text", "", 0);
          after.content = trailing;
          children.splice(i + 3, 0, after);
        }
        text.type = "html_inline";
        text.content = urlText(text.content);
      }
    }
  });
}
