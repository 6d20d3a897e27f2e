import { test } from "uvu";
import * as assert from "uvu/assert";
import { shareLinks } from "../../src/sharing/share-links.ts";

test("shareLinks :: plain links for Eitaa, Bale, Telegram, WhatsApp and X", () => {
  const links = shareLinks("https://news.example.ir/releases/12/", "بهسازی استخر");
  assert.equal(links.map((l) => l.name), ["ایتا", "بله", "تلگرام", "واتس‌اپ", "ایکس"]);
  const u = "https%3A%2F%2Fnews.example.ir%2Freleases%2F12%2F";
  const t = "%D8%A8%D9%87%D8%B3%D8%A7%D8%B2%DB%8C%20%D8%A7%D8%B3%D8%AA%D8%AE%D8%B1";
  assert.is(links[0]?.href, `https://eitaa.com/share/url?url=${u}&text=${t}`);
  assert.is(links[1]?.href, `https://ble.ir/share/url?url=${u}&text=${t}`);
  assert.is(links[2]?.href, `https://t.me/share/url?url=${u}&text=${t}`);
  assert.is(links[3]?.href, `https://wa.me/?text=${t}%0A${u}`);
  assert.is(links[4]?.href, `https://x.com/intent/post?url=${u}&text=${t}`);
});

test.run();
