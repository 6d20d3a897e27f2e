import MarkdownIt from "markdown-it";
import { isolateRuns } from "./bidi-runs.ts";
import { foldProseText } from "./fold-prose.ts";
import { persianListMarkers } from "./list-markers.ts";
import { urlLinks } from "./url-links.ts";

/**
 * The one Markdown renderer for release bodies. `html: false` escapes raw HTML,
 * so nothing a body contains is ever executed.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false })
  .use(persianListMarkers)
  .use(foldProseText)
  .use(urlLinks);

// Latin runs and multi-group numbers in any script keep their order in a right-to-left line.
md.renderer.rules.text = (tokens, idx) => isolateRuns(tokens[idx]?.content ?? "");

// Images inside a body sit below the release image, the title and the lead: load them lazily.
const defaultImage = md.renderer.rules.image;
md.renderer.rules.image = (tokens, idx, options, env, self) => {
  tokens[idx]?.attrSet("loading", "lazy");
  tokens[idx]?.attrSet("decoding", "async");
  return defaultImage ? defaultImage(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
};

/**
 * Render a release body to HTML: ordered lists in any digit script (list-markers.ts), Arabic
 * ي/ك folded in prose only (fold-prose.ts), left-to-right runs isolated (bidi-runs.ts).
 * Ordered lists show Persian-digit markers through the stylesheet (`list-style-type: persian`,
 * site.css). Feeds reuse this HTML, and feed readers drop styles (inline ones too): there the
 * reader's own markers show, with the right numbers (`<ol start>`); HTML has no attribute for
 * Persian markers (`type` knows 1 a A i I only), and writing the numbers as text would lose the list.
 * @example renderBody("تلفن ۰۷۱-۳۲۰۰۰۰۰۲") → '<p>تلفن <bdi dir="ltr">۰۷۱-۳۲۰۰۰۰۰۲</bdi></p>\n'
 * @example renderBody("۳. سوم\n۴. چهارم") → '<ol start="3">\n<li>سوم</li>\n<li>چهارم</li>\n</ol>\n'
 */
export function renderBody(markdown: string): string {
  return md.render(markdown);
}
