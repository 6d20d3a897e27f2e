/** A plain link that opens a messenger's share screen: no third-party script, no tracking. */
export interface ShareLink {
  key: string;
  /** Persian name of the messenger. */
  name: string;
  href: string;
}

/**
 * A query value with ASCII escaped as usual but letters beyond ASCII left as they are: the
 * browser percent-encodes them to the very same bytes on the request (WHATWG URL), and a
 * Persian title escaped takes three times the bytes (`ب` → `%D8%A8`) on every release page.
 * @example encodeQueryText("بهسازی استخر") → "بهسازی%20استخر"
 */
export function encodeQueryText(text: string): string {
  return encodeURIComponent(text).replace(/(?:%[C-F][0-9A-F](?:%[89AB][0-9A-F])+)+/g, decodeURIComponent);
}

/**
 * Share links for a page in the messengers Iranians use, most used first.
 * @example shareLinks("https://x.ir/releases/1/", "تیتر")[0] → { key: "eitaa", name: "ایتا", href: "https://eitaa.com/share/url?url=…&text=…" }
 */
export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeQueryText(title);
  return [
    { key: "eitaa", name: "ایتا", href: `https://eitaa.com/share/url?url=${u}&text=${t}` },
    { key: "bale", name: "بله", href: `https://ble.ir/share/url?url=${u}&text=${t}` },
    { key: "telegram", name: "تلگرام", href: `https://t.me/share/url?url=${u}&text=${t}` },
    { key: "whatsapp", name: "واتس‌اپ", href: `https://wa.me/?text=${encodeQueryText(`${title}\n${url}`)}` },
    { key: "x", name: "ایکس", href: `https://x.com/intent/post?url=${u}&text=${t}` },
  ];
}
