/**
 * Make every `href` and `src` in generated HTML absolute, against the page it belongs to:
 * feed readers show items outside the site, where relative links are dead.
 * @example absoluteUrls('<a href="/topics/">', "https://x.ir/releases/1/") → '<a href="https://x.ir/topics/">'
 */
export function absoluteUrls(html: string, pageUrl: string): string {
  return html.replace(/\b(href|src)="([^"]*)"/g, (whole, attr: string, value: string) => {
    if (value.startsWith("#") || /^[a-z][a-z0-9+.-]*:/i.test(value)) return whole;
    try {
      return `${attr}="${new URL(value.replace(/&amp;/g, "&"), pageUrl).href.replace(/&/g, "&amp;")}"`;
    } catch {
      return whole;
    }
  });
}
