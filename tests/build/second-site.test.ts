import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "../../src/build/build-site.ts";
import { readSite, type Site } from "../../src/content/site.ts";
import { toPersianDigits } from "../../src/persian/digits.ts";

// Issue 14.11: any Persian public body. The sample releases built with another directorate's
// site.json must show nothing of the first organisation in any page, feed or manifest.
const root = process.cwd();
const first = readSite(path.join(root, "_data"));
const second: Site = {
  title: "پایگاه خبری اداره‌کل راه و شهرسازی استان یزد",
  shortTitle: "خبرهای راه و شهرسازی یزد",
  description: "خبرها و اطلاعیه‌های روابط عمومی اداره‌کل راه و شهرسازی استان یزد",
  url: "https://khabar.yazd-rah.example.ir",
  language: "fa",
  direction: "rtl",
  timeZone: "Asia/Tehran",
  feedAuthority: "yazd-rah.example.ir",
  feedIdYear: 2024,
  organization: {
    name: "اداره‌کل راه و شهرسازی استان یزد",
    shortName: "اداره‌کل راه و شهرسازی یزد",
    parent: "وزارت راه و شهرسازی",
    province: "یزد",
    address: "یزد، بلوار جمهوری، ساختمان راه و شهرسازی",
    postalCode: "8900000000",
  },
  pressOffice: { name: "روابط عمومی اداره‌کل راه و شهرسازی استان یزد", phone: "+98 35 3100 0000", email: "ravabet@yazd-rah.example.ir" },
  channels: [
    { key: "eitaa", name: "ایتا", url: "https://eitaa.com/yazd_rah_example" },
    { key: "bale", name: "بله", url: "https://ble.ir/yazd_rah_example" },
    { key: "telegram", name: "تلگرام", url: "https://t.me/yazd_rah_example" },
  ],
  identity: { mark: "_data/brand/mark.svg", themeColor: "#1f4e79" },
};

const tmp = mkdtempSync(path.join(os.tmpdir(), "newsroom-second-site-"));
const dataDir = path.join(tmp, "_data");
const out = path.join(tmp, "_site");
const releasesText = readdirSync(path.join(root, "releases"), { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".md"))
  .map((f) => readFileSync(path.join(root, "releases", f), "utf8"))
  .join("\n");

/** Every string in a JSON value. */
const leaves = (v: unknown): string[] =>
  typeof v === "string" ? [v] : Array.isArray(v) ? v.flatMap(leaves) : v && typeof v === "object" ? Object.values(v).flatMap(leaves) : [];

let files: Array<{ name: string; text: string }> = [];

test.before(async () => {
  mkdirSync(dataDir);
  for (const f of readdirSync(path.join(root, "_data")).filter((f) => f.endsWith(".json"))) if (f !== "site.json") copyFileSync(path.join(root, "_data", f), path.join(dataDir, f));
  writeFileSync(path.join(dataDir, "site.json"), JSON.stringify(second, null, 2));
  process.env.SOURCE_DATE_EPOCH = "1790000000";
  await buildSite({ root, outDir: out, dataDir });
  delete process.env.SOURCE_DATE_EPOCH;
  files = readdirSync(out, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(?:html|xml|json|webmanifest|txt)$/.test(f) && !f.startsWith("pagefind"))
    .map((name) => ({ name, text: readFileSync(path.join(out, name), "utf8") }));
});
test.after(() => rmSync(tmp, { recursive: true, force: true }));

test("second site :: no string of the first site.json in any page, feed, sitemap or manifest", () => {
  const shared = new Set(leaves(second));
  const candidates = [
    ...leaves(first),
    new URL(first.url).host,
    first.feedAuthority.split(".")[0] as string, // «fars-labour»
    toPersianDigits(first.pressOffice.phone),
    toPersianDigits(first.pressOffice.phone).replace(/ /g, "\u00a0"),
    toPersianDigits(first.organization.postalCode),
  ];
  // What the sample releases themselves say (their bodies name the Fars directorate) is content, not chrome.
  const forbidden = [...new Set(candidates)].filter((s) => s.length >= 3 && !shared.has(s) && !releasesText.includes(s));
  for (const must of [first.title, first.shortTitle, first.description, first.url, first.pressOffice.email, first.organization.address, first.channels[0]!.url]) {
    assert.ok(forbidden.includes(must), `checked: ${must}`);
  }
  assert.ok(files.length > 80 && files.some((f) => f.name === "site.webmanifest") && files.some((f) => f.name === "feed.json"));
  const found = files.flatMap((f) => forbidden.filter((s) => f.text.includes(s)).map((s) => `${f.name}: «${s}»`));
  assert.equal(found, []);
});

/** `name` as a whole word: the province «فارس» is not the language «فارسی» (regression: admin hint «ارقام فارسی»). */
function hasWord(text: string, name: string): boolean {
  const escaped = name.replace(/[$()*+.?[\\\]^{|}]/g, "\\$&");
  return new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, "u").test(text);
}

test("second site :: the first organisation's names appear nowhere in the chrome: header, footer, manifest, feed channels", () => {
  const names = [first.organization.name, first.organization.parent, first.pressOffice.name, first.organization.province];
  for (const f of files) {
    let chrome = f.text;
    if (f.name.endsWith(".html") && !f.name.startsWith("admin/")) { // the desk has no site header: all of it is checked
      const header = f.text.slice(f.text.indexOf('<header class="site-header">'), f.text.indexOf("</header>"));
      const footer = f.text.slice(f.text.indexOf('<footer class="site-footer">'));
      chrome = header + footer;
      assert.ok(header.includes(second.organization.name), `${f.name}: the second organisation in the header`);
    } else if (/\.(?:xml|json)$/.test(f.name) && /(?:feed|atom)\.(?:xml|json)$/.test(f.name)) {
      chrome = f.text.split(/<item>|<entry>|"items"/)[0] ?? "";
    }
    for (const n of names) assert.not.ok(hasWord(chrome, n), `${f.name}: «${n}»`);
  }
  const release = files.find((f) => f.name === "releases/12/index.html")!.text;
  assert.ok(release.includes('"addressRegion":"یزد"') && release.includes("شهرستان کازرون، استان یزد"), "structured data from site.json");
  const manifest = JSON.parse(files.find((f) => f.name === "site.webmanifest")!.text);
  assert.equal([manifest.name, manifest.theme_color], [second.title, "#1f4e79"]);
  const topic = files.find((f) => f.name === "topics/employment/index.html")!.text;
  assert.ok(topic.includes(`<meta name="description" content="خبرها و اطلاعیه‌های ${second.organization.shortName} در موضوع اشتغال">`));
});

test.run();
