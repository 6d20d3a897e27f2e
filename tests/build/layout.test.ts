import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "../../src/build/build-site.ts";
import { renderBody } from "../../src/content/markdown.ts";
import { CHROMIUM, CHROMIUM_ARGS } from "../../src/gates/browser.ts";
import { startStaticServer } from "../../src/gates/static-server.ts";

// What a reader's browser shows: the sample site in Debian's Chromium at phone and desk widths.
const root = process.cwd();
const tmp = mkdtempSync(path.join(os.tmpdir(), "newsroom-layout-"));
const out = path.join(tmp, "_site");
let server: Awaited<ReturnType<typeof startStaticServer>>;
let context: BrowserContext;

/** One page kind of each: home, a release with an image and attachments, a topic, an archive month, the indexes, about, feeds, 404. */
const PAGES = ["/", "/releases/12/", "/releases/10/", "/topics/insurance/", "/archive/1404/06/", "/counties/", "/topics/", "/about/", "/feeds/", "/search/", "/404.html"];

test.before(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  process.env.SOURCE_DATE_EPOCH = "1790000000";
  await buildSite({ root, outDir: out });
  delete process.env.SOURCE_DATE_EPOCH;
  server = await startStaticServer(out);
  context = await chromium.launchPersistentContext(path.join(tmp, "profile"), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
});

test.after(async () => {
  await context?.close();
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function open(url: string, width: number): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${server.origin}${url}`, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page;
}

test("layout :: no horizontal overflow on any page kind from 320 to 1920 px", async () => {
  for (const width of [320, 390, 768, 1280, 1920]) {
    for (const url of PAGES) {
      const page = await open(url, width);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      await page.close();
      assert.ok(scroll <= width, `${url} @${width}: page is ${scroll} px wide`);
    }
  }
});

test("type scale :: the page title is the largest heading, h2 above h3, at 390 and 1280 px", async () => {
  for (const width of [390, 1280]) {
    for (const url of ["/releases/10/", "/releases/12/", "/about/", "/feeds/", "/"]) {
      const page = await open(url, width);
      const sizes = await page.evaluate(() =>
        [...document.querySelectorAll("main h1, main h2, main h3, aside h2, aside h3")].map((h) => ({ tag: h.tagName, text: (h.textContent ?? "").trim().slice(0, 30), px: parseFloat(getComputedStyle(h).fontSize) })));
      await page.close();
      const h1 = sizes.filter((s) => s.tag === "H1");
      assert.is(h1.length, 1, `${url}: one h1`);
      for (const s of sizes) if (s.tag !== "H1") assert.ok(s.px < h1[0]!.px, `${url} @${width}: «${s.text}» ${s.px} px ≥ the title's ${h1[0]!.px} px`);
    }
  }
  const page = await open("/releases/12/", 390);
  const align = await page.evaluate(() => [".body p", ".lead"].map((sel) => getComputedStyle(document.querySelector(sel) as Element).textAlign));
  await page.close();
  assert.equal(align, ["justify", "justify"]);
});

test("wide screens :: a side column beside the content at 1280 px, below it at 390 px", async () => {
  for (const url of ["/", "/releases/12/", "/topics/insurance/"]) {
    const boxes = async (width: number) => {
      const page = await open(url, width);
      const r = await page.evaluate(() => [document.querySelector("main"), document.querySelector("aside.side")].map((el) => el!.getBoundingClientRect().toJSON()));
      await page.close();
      return r as Array<{ left: number; right: number; top: number; bottom: number; width: number }>;
    };
    const [main, side] = await boxes(1280);
    assert.ok(side!.right <= main!.left, `${url} @1280: the side column is to the left of the content (RTL)`);
    assert.ok(main!.width >= 700, `${url} @1280: content column ${main!.width} px`);
    const [m390, s390] = await boxes(390);
    assert.ok(s390!.top >= m390!.bottom, `${url} @390: the side column follows the content`);
  }
});

/** Boxes of the first occurrence of each string inside `selector`, as laid out (bidi applied). */
async function textBoxes(page: Page, selector: string, parts: string[]) {
  return page.evaluate(({ selector, parts }) => {
    const el = document.querySelector(selector)!;
    const text = el.firstChild ? document.createTreeWalker(el, NodeFilter.SHOW_TEXT) : null;
    const nodes: Text[] = [];
    for (let n = text?.nextNode(); n; n = text!.nextNode()) nodes.push(n as Text);
    return parts.map((part) => {
      for (const node of nodes) {
        const i = (node.nodeValue ?? "").indexOf(part);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + part.length);
        const r = range.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top };
      }
      return null;
    });
  }, { selector, parts });
}

test("bidi :: an attachment's size stays beside its unit; the phone number reads in the writer's order", async () => {
  for (const width of [320, 390, 1280]) {
    const page = await open("/releases/10/", width);
    const info = await page.evaluate(() => document.querySelector(".attachments .file-info bdi:last-child")?.textContent ?? "");
    const [number, unit] = info.split(" ");
    const [n, u] = await textBoxes(page, ".attachments .file-info bdi:last-child", [number!, unit!]);
    assert.ok(n && u && Math.abs(n.top - u.top) < 2, `@${width}: size and unit on one line`);
    assert.ok(n!.left >= u!.right - 1, `@${width}: «${number}» to the right of «${unit}» (RTL order)`);
    const [cc, last] = await textBoxes(page, ".site-footer a[href^='tel:']", ["+۹۸", "۰۰۰۰"]);
    assert.ok(cc && last && cc.right <= last.left, `@${width}: «+۹۸» first, on the left`);
    await page.close();
  }
});

test("urls :: an address in a body is a left-to-right link that never breaks after a hyphen and never overflows", async () => {
  const html = renderBody("متن کامل در https://news-archive.example-site.ir/fa/kar-va-refah-ejtemaei/bakhshnameh-garma-1404-06-25/heat-circular-final-version.pdf، و نشانی https://a.ir/x-y آمده است.");
  for (const width of [320, 390, 1280]) {
    const page = await open("/releases/10/", width);
    const result = await page.evaluate((html) => {
      const body = document.querySelector(".body")!;
      body.innerHTML = html;
      const link = body.querySelector("a.url")!;
      const split = [...link.querySelectorAll(".nw")].filter((span) => span.getClientRects().length > 1).map((s) => s.textContent);
      return { dir: getComputedStyle(link).direction, lines: link.getClientRects().length, split, right: link.getBoundingClientRect().right, bodyRight: body.getBoundingClientRect().right, scroll: document.documentElement.scrollWidth };
    }, html);
    await page.close();
    assert.is(result.dir, "ltr");
    assert.equal(result.split, [], `@${width}: a line broke right after a hyphen`);
    assert.ok(result.right <= result.bodyRight + 1 && result.scroll <= width, `@${width}: the address overflows`);
    if (width === 320) assert.ok(result.lines > 1, "a long address wraps on a phone");
  }
});

test("print :: a letterhead with the mark, the organisation and «روابط عمومی»; the chrome hidden; attachment addresses printed", async () => {
  const page = await open("/releases/10/", 800);
  await page.emulateMedia({ media: "print" });
  // (No named functions inside evaluate: tsx would add a helper the page does not have.)
  const r = await page.evaluate(() => {
    const [letterhead, header, side, footer, share, attachment] = [".letterhead", ".site-header", ".side", ".site-footer", ".share", ".attachments .print-only"]
      .map((sel) => document.querySelector(sel))
      .map((el) => !!el && getComputedStyle(el).display !== "none");
    return {
      letterhead, header, side, footer, share,
      text: (document.querySelector(".letterhead") as HTMLElement).innerText.replace(/\s+/g, " ").trim(),
      mark: (document.querySelector(".letterhead img") as HTMLImageElement).naturalWidth > 0,
      attachment: attachment ? (document.querySelector(".attachments .print-only") as HTMLElement).innerText : "",
    };
  });
  await page.emulateMedia({ media: "screen" });
  const onScreen = await page.evaluate(() => getComputedStyle(document.querySelector(".letterhead")!).display);
  await page.close();
  assert.equal([r.letterhead, r.header, r.side, r.footer, r.share], [true, false, false, false, false]);
  assert.is(r.text, "اداره‌کل تعاون، کار و رفاه اجتماعی استان فارس روابط عمومی");
  assert.ok(r.mark, "the mark is loaded");
  assert.is(r.attachment, "https://news.fars-labour.example.ir/releases/10/heat-circular.pdf");
  assert.is(onScreen, "none");
});

test("search :: ?q= runs the query; Vazirmatn, 16 px excerpts, Persian digits and Persian order in the filters, chevron at the inline end", async () => {
  const page = await open(`/search/?q=${encodeURIComponent("بیمه")}`, 390);
  await page.waitForSelector("#search .pagefind-ui__result", { timeout: 30_000 });
  await page.evaluate(() => document.querySelectorAll("#search details").forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await page.waitForFunction(() => document.querySelectorAll("#search .pagefind-ui__filter-label").length > 5, undefined, { timeout: 30_000 });
  const r = await page.evaluate(() => {
    const input = document.querySelector("#search .pagefind-ui__search-input") as HTMLInputElement;
    const excerpt = document.querySelector("#search .pagefind-ui__result-excerpt")!;
    const labels = [...document.querySelectorAll("#search .pagefind-ui__filter-label")].map((l) => (l.textContent ?? "").trim());
    const group = [...document.querySelectorAll("#search .pagefind-ui__filter-block")].find((b) => (b.querySelector("summary")?.textContent ?? "").includes("شهرستان"))!;
    const counties = [...group.querySelectorAll(".pagefind-ui__filter-value")]
      .map((v) => ({ top: v.getBoundingClientRect().top, name: (v.querySelector("input") as HTMLInputElement).value }))
      .sort((a, b) => a.top - b.top)
      .map((v) => v.name);
    const chevron = getComputedStyle(document.querySelector("#search .pagefind-ui__filter-name")!, "::after");
    return {
      query: input.value,
      inputFont: getComputedStyle(input).fontFamily,
      excerptPx: parseFloat(getComputedStyle(excerpt).fontSize),
      message: document.querySelector("#search .pagefind-ui__message")?.textContent ?? "",
      labels,
      counties,
      chevronRight: chevron.right,
      chevronLeft: chevron.left,
    };
  });
  await page.close();
  assert.is(r.query, "بیمه");
  assert.match(r.inputFont, /^"?Vazirmatn/);
  assert.ok(r.excerptPx >= 15, `excerpt ${r.excerptPx} px`);
  assert.match(r.message, /^[۰-۹]+ خبر برای «بیمه»$/);
  assert.ok(r.labels.length > 5);
  for (const label of r.labels) assert.not.match(label, /\d/, label);
  const collator = new Intl.Collator("fa");
  assert.equal(r.counties, [...r.counties].sort(collator.compare));
  assert.ok(r.counties.indexOf("کازرون") < r.counties.indexOf("نی‌ریز"), "regression: «کازرون» after «نی‌ریز»");
  assert.ok(r.chevronLeft !== "auto" && parseFloat(r.chevronLeft) < 40, `chevron at the left (inline end in RTL): left ${r.chevronLeft}, right ${r.chevronRight}`);
});

test("tap targets :: menu, search, channels, pager, share and download links are at least 24 px tall", async () => {
  for (const url of ["/", "/releases/10/", "/feeds/"]) {
    const page = await open(url, 390);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll(".menu a, .site-search input, .site-search button, .channels a, .chips a, .pager a, .share a, .download, .copy-link:not([hidden])")]
        .map((el) => ({ el: `${el.className || el.tagName} «${(el.textContent ?? "").trim().slice(0, 20)}»`, h: el.getBoundingClientRect().height, w: el.getBoundingClientRect().width }))
        .filter((r) => r.h < 24 || r.w < 24));
    await page.close();
    assert.equal(small, [], url);
  }
});

test.run();
