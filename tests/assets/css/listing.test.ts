import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "../../../src/build/build-site.ts";
import { CHROMIUM, CHROMIUM_ARGS } from "../../../src/gates/browser.ts";
import { writePagedReleases } from "../../../src/gates/paged-site.ts";
import { startStaticServer } from "../../../src/gates/static-server.ts";

// The pager as a reader's browser lays it out, on the gates' generated site (170 releases: the
// home has /page/1/ … /page/7/, and page 5's pager has every item).
const root = process.cwd();
const tmp = mkdtempSync(path.join(os.tmpdir(), "newsroom-pager-css-"));
const out = path.join(tmp, "_site");
let server: Awaited<ReturnType<typeof startStaticServer>>;
let browser: Browser;

test.before(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  const now = new Date(1790000000 * 1000);
  // Suites share one process and others set SOURCE_DATE_EPOCH when imported: put back what was there.
  const before = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = String(now.getTime() / 1000);
  try {
    writePagedReleases(path.join(tmp, "releases"), path.join(root, "_data"), now);
    await buildSite({ root, outDir: out, releasesDir: path.join(tmp, "releases"), cacheDir: false });
  } finally {
    if (before === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = before;
  }
  server = await startStaticServer(out);
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
});

test.after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

interface Item {
  text: string;
  middle: number;
  top: number;
  left: number;
  right: number;
  bottom: number;
}

/** The pager's items (their text and box, in CSS px) on `url` at `width`, in document order. */
async function pagerItems(url: string, width: number): Promise<{ items: Item[]; scrollWidth: number }> {
  const page: Page = await browser.newPage({ viewport: { width, height: 900 } });
  try {
    await page.goto(`${server.origin}${url}`, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.evaluate(() => ({
      items: [...document.querySelectorAll("nav.pager:not(.month-nav) li")].map((li) => {
        const r = li.getBoundingClientRect();
        // The row: the vertical middle (the «…» is shorter than the links and centred beside them).
        return { text: (li.textContent ?? "").replace(/\s+/g, " ").trim(), middle: Math.round((r.top + r.bottom) / 2), top: r.top, left: r.left, right: r.right, bottom: r.bottom };
      }),
      scrollWidth: document.documentElement.scrollWidth,
    }));
  } finally {
    await page.close();
  }
}

const rows = (items: Item[]) => [...new Set(items.map((i) => i.middle))].sort((a, b) => a - b)
  .map((middle) => items.filter((i) => i.middle === middle).sort((a, b) => b.right - a.right).map((i) => i.text)); // right to left

const overlaps = (items: Item[]) => items.flatMap((a, i) => items.slice(i + 1)
  .filter((b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
  .map((b) => `${a.text} × ${b.text}`));

test("pager :: at 390 px the words on one line (older at the far left), the numbers right to left on the next", async () => {
  const middle = await pagerItems("/page/5/", 390);
  assert.equal(rows(middle.items), [["→ جدیدتر", "تازه‌ترین", "قدیمی‌تر ←"], ["۷", "۶", "۵", "۴", "۳", "…", "۱"]]);
  assert.equal(overlaps(middle.items), []);
  assert.ok(middle.scrollWidth <= 390, `page is ${middle.scrollWidth} px wide`);
  const older = middle.items.find((i) => i.text === "قدیمی‌تر ←")!;
  assert.ok(older.left < 20, `«قدیمی‌تر» at the left end, from ${older.left} px`);

  assert.equal(rows((await pagerItems("/", 390)).items), [["تازه‌ترین", "قدیمی‌تر ←"], ["۷", "۶", "…", "۱"]]);
  assert.equal(rows((await pagerItems("/page/1/", 390)).items), [["→ جدیدتر", "تازه‌ترین"], ["۳", "۲", "۱"]]);
});

test("pager :: at 320 px nothing overflows or overlaps; at 1280 px one line in document order", async () => {
  for (const url of ["/", "/page/1/", "/page/5/"]) {
    const narrow = await pagerItems(url, 320);
    assert.equal(overlaps(narrow.items), [], url);
    assert.ok(narrow.scrollWidth <= 320, `${url} @320 is ${narrow.scrollWidth} px wide`);
  }
  const wide = await pagerItems("/page/5/", 1280);
  assert.equal(rows(wide.items), [["→ جدیدتر", "تازه‌ترین", "۷", "۶", "۵", "۴", "۳", "…", "۱", "قدیمی‌تر ←"]]);
});

test("month links :: an archive month's previous and next stay on one line at 390 px", async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
  try {
    await page.goto(`${server.origin}/archive/1400/05/`, { waitUntil: "load" });
    const tops = await page.evaluate(() => [...document.querySelectorAll("nav.month-nav li")].map((li) => Math.round(li.getBoundingClientRect().top)));
    assert.is(tops.length, 2);
    assert.is(tops[0], tops[1]);
  } finally {
    await page.close();
  }
});

test.run();
