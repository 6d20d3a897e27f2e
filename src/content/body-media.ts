/** `href` or `src` attributes of rendered HTML that point into `/media/`. */
const MEDIA_ATTR = /\s(?:href|src)="(\/media\/[^"?#]*)/g;

const unescapeAttr = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // `100%.pdf` written unencoded: the name as it stands
  }
}

/**
 * The `/media/…` files a rendered body links to or shows, as site paths decoded per segment
 * (markdown-it percent-encodes what authors type), without query or fragment, unique, in order.
 * A body is a reference like `image` and `attachments`: these files are checked the same way
 * and published only with the release's page (issue 12, points 1 and 8).
 * @example bodyMediaPaths('<a href="/media/%DA%AF.pdf#p2">') → ["/media/گ.pdf"]
 */
export function bodyMediaPaths(bodyHtml: string): string[] {
  const out = new Set<string>();
  for (const m of bodyHtml.matchAll(MEDIA_ATTR)) {
    out.add(unescapeAttr(m[1] as string).split("/").map(decodeSegment).join("/"));
  }
  return [...out];
}
