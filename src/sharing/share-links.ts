/** A plain link that opens a messenger's share screen: no third-party script, no tracking. */
export interface ShareLink {
  key: string;
  /** Persian name of the messenger. */
  name: string;
  href: string;
}

/**
 * Share links for a page in the messengers Iranians use, most used first.
 * @example shareLinks("https://x.ir/releases/1/", "تیتر")[0] → { key: "eitaa", name: "ایتا", href: "https://eitaa.com/share/url?url=…&text=…" }
 */
export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { key: "eitaa", name: "ایتا", href: `https://eitaa.com/share/url?url=${u}&text=${t}` },
    { key: "bale", name: "بله", href: `https://ble.ir/share/url?url=${u}&text=${t}` },
    { key: "telegram", name: "تلگرام", href: `https://t.me/share/url?url=${u}&text=${t}` },
    { key: "whatsapp", name: "واتس‌اپ", href: `https://wa.me/?text=${encodeURIComponent(`${title}\n${url}`)}` },
    { key: "x", name: "ایکس", href: `https://x.com/intent/post?url=${u}&text=${t}` },
  ];
}
