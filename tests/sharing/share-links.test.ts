import { test } from "uvu";
import * as assert from "uvu/assert";
import { encodeQueryText, shareLinks } from "../../src/sharing/share-links.ts";

test("shareLinks :: plain links for Eitaa, Bale, Telegram, WhatsApp and X", () => {
  const links = shareLinks("https://news.example.ir/releases/12/", "بهسازی استخر");
  assert.equal(links.map((l) => l.name), ["ایتا", "بله", "تلگرام", "واتس‌اپ", "ایکس"]);
  const u = "https%3A%2F%2Fnews.example.ir%2Freleases%2F12%2F";
  const t = "بهسازی%20استخر";
  assert.is(links[0]?.href, `https://eitaa.com/share/url?url=${u}&text=${t}`);
  assert.is(links[1]?.href, `https://ble.ir/share/url?url=${u}&text=${t}`);
  assert.is(links[2]?.href, `https://t.me/share/url?url=${u}&text=${t}`);
  assert.is(links[3]?.href, `https://wa.me/?text=${t}%0A${u}`);
  assert.is(links[4]?.href, `https://x.com/intent/post?url=${u}&text=${t}`);
});

test("encodeQueryText :: ASCII escaped, Persian kept; the browser sends the same bytes as full escaping", () => {
  for (const text of ["بهسازی استخر", "۲۵۰ زن & «سرپرست» خانوار؟ #شیراز", "نیم‌فاصله\u200cو ZWNJ", "emoji 🎉 + ١٤٠٤", "a=b&c=d/e?f"]) {
    const kept = encodeQueryText(text);
    assert.not.match(kept, /[\s&#?=+/]/, text);
    assert.is(new URL(`https://t.me/share/url?text=${kept}`).search, `?text=${encodeURIComponent(text)}`, text);
  }
  assert.is(encodeQueryText("بهسازی استخر"), "بهسازی%20استخر");
});

test.run();
