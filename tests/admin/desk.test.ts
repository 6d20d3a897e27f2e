import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import matter from "gray-matter";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { ADMIN_CSP } from "../../src/admin-build/csp.ts";
import { jalaliStamp } from "../../src/authoring/new/jalali-stamp.ts";
import { runCheck } from "../../src/authoring/check/check.ts";
import { buildSite } from "../../src/build/build-site.ts";
import { CHROMIUM, CHROMIUM_ARGS, missingProgram, NGINX, startNginx, type RunningNginx } from "../deploy/nginx-harness.ts";
import { installDirectoryPicker } from "./fs-bridge.ts";

/**
 * The editing desk in Debian's Chromium, offline, against the built site served by nginx with
 * deploy/nginx.conf (so /admin/ gets its real CSP): sign in with the local-repository backend on a
 * temporary `git clone --local` of this repository, write releases through the UI and read what
 * lands on disk. The browser runs in UTC with an English UI language.
 */

const root = process.cwd();
const SHOTS = path.join(root, "gates-output/admin");
const DEADLINE = 60_000;

let tmp = "";
let repo = "";
let nginx: RunningNginx | undefined;
let browser: Browser | undefined;

test.before(async () => {
  for (const missing of [missingProgram(NGINX, "nginx"), missingProgram(CHROMIUM, "chromium")]) if (missing) throw new Error(missing);
  tmp = await mkdtemp(path.join(os.tmpdir(), "newsroom-desk-"));
  repo = path.join(tmp, "repo");
  const clone = spawnSync("git", ["clone", "--local", "--quiet", root, repo], { encoding: "utf8" });
  if (clone.status !== 0) throw new Error(`git clone failed: ${clone.stderr}`);
  // The clone has the committed releases; the site under test is built from them.
  await buildSite({ root, outDir: path.join(tmp, "site"), releasesDir: path.join(repo, "releases"), dataDir: path.join(repo, "_data") });
  nginx = await startNginx(root, path.join(tmp, "site"));
  // The desk's script is loaded by /admin/ only.
  for (const page of ["index.html", "releases/12/index.html", "search/index.html", "404.html"]) {
    assert.not.match(readFileSync(path.join(tmp, "site", page), "utf8"), "/admin/", `${page} does not load the desk`);
  }
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  await mkdir(SHOTS, { recursive: true });
});

test.after(async () => {
  await browser?.close();
  await nginx?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

interface Desk {
  context: BrowserContext;
  page: Page;
  /** Requests to any host but 127.0.0.1: each was aborted. */
  external: string[];
  /** Paths the bridge refused (outside the clone). */
  refused: string[];
  errors: string[];
  shot(name: string): Promise<void>;
  field(keyPath: string): Locator;
}

async function openDesk(width = 1280): Promise<Desk> {
  if (!browser || !nginx) throw new Error("not started");
  const context = await browser.newContext({ timezoneId: "UTC", locale: "en-US", viewport: { width, height: width < 600 ? 844 : 800 } });
  const external: string[] = [];
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === "blob:" || url.protocol === "data:" || url.hostname === "127.0.0.1") return route.continue();
    external.push(url.href);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const refused = await installDirectoryPicker(page, repo);
  const response = await page.goto(`${nginx.origin}/admin/`, { waitUntil: "commit" });
  assert.is(response?.headers()["content-security-policy"], ADMIN_CSP, "/admin/ is served with the desk's CSP");
  await page.getByRole("button", { name: "کار با مخزن محلی" }).click({ timeout: DEADLINE });
  await page.waitForFunction(() => /^#\/(?:collections|home)/.test(location.hash), undefined, { timeout: DEADLINE });
  const cdp = await context.newCDPSession(page);
  return {
    context, page, external, refused, errors,
    // Through CDP: page.screenshot waits for fonts, and the three font URLs Sveltia hard-codes are blocked.
    async shot(name) {
      const { data } = await cdp.send("Page.captureScreenshot", { format: "png" });
      await writeFile(path.join(SHOTS, `${name}-${width}.png`), Buffer.from(data, "base64"));
    },
    field: (keyPath) => page.locator(`section[data-key-path="${keyPath}"]`).first(),
  };
}

async function newRelease(desk: Desk, { proposedCode = true } = {}): Promise<void> {
  await desk.page.goto(`${nginx?.origin}/admin/#/collections/drafts/new`, { waitUntil: "commit" });
  const code = desk.field("code").locator("input.newsroom-input");
  await code.waitFor({ timeout: DEADLINE });
  if (proposedCode) await desk.page.waitForFunction(() => (document.querySelector('section[data-key-path="code"] input') as HTMLInputElement | null)?.value !== "", undefined, { timeout: DEADLINE });
}

/** Tick a topic. */
async function tick(desk: Desk, topic: string): Promise<void> {
  await reveal(desk, "topics");
  await desk.field("topics").getByLabel(topic, { exact: true }).check();
}

async function choose(desk: Desk, keyPath: string, option: string): Promise<void> {
  await reveal(desk, keyPath);
  await desk.field(keyPath).getByRole("combobox").click();
  await desk.page.getByRole("option", { name: option, exact: true }).click();
}

/** The form renders its fields as they scroll into view: scroll the editor pane until `keyPath` is there. */
async function reveal(desk: Desk, keyPath: string): Promise<void> {
  const deadline = Date.now() + DEADLINE;
  let step = 600;
  while ((await desk.field(keyPath).count()) === 0) {
    if (Date.now() > deadline) throw new Error(`field ${keyPath} never rendered`);
    const edge = desk.page.locator("section[data-key-path]")[step > 0 ? "last" : "first"]();
    await edge.scrollIntoViewIfNeeded();
    const before = await edge.getAttribute("data-key-path");
    await desk.page.mouse.wheel(0, step);
    await desk.page.waitForTimeout(100); // one frame for the lazy renderer, inside a polling loop with a deadline
    // At the end of the form, turn back.
    if ((await desk.page.locator("section[data-key-path]")[step > 0 ? "last" : "first"]().getAttribute("data-key-path")) === before) step = -step;
  }
  await desk.field(keyPath).scrollIntoViewIfNeeded();
}

/** The body's rich-text editor. */
async function typeBody(desk: Desk, text: string): Promise<void> {
  await reveal(desk, "body");
  await desk.field("body").locator("[contenteditable=true]").first().click({ timeout: DEADLINE });
  await desk.page.keyboard.type(text);
}

async function save(desk: Desk): Promise<void> {
  await desk.page.getByRole("button", { name: "ذخیره", exact: true }).first().click();
}

const releaseFiles = () => {
  const out = spawnSync("git", ["status", "--porcelain", "--untracked-files=all"], { cwd: repo, encoding: "utf8" });
  return out.stdout.trim();
};

const TITLE = "آغاز بهسازی استخر کارگران شهرستان کازرون";
const LEAD = "عملیات بهسازی استخر مجموعهٔ ورزشی کارگران کازرون آغاز شد و این مجموعه تا پایان سال در اختیار کارگران قرار می‌گیرد.";
const FILE = "releases/1404/0016-kazerun-pool-works.md";

test("desk :: Persian RTL for an English browser in UTC; a release written through the UI lands on disk, passes check and builds", async () => {
  const desk = await openDesk(1280);
  try {
    const { page } = desk;
    assert.is(await page.evaluate(() => document.documentElement.lang), "fa");
    assert.is(await page.evaluate(() => document.documentElement.dir), "rtl");
    // Sveltia offers to switch to the browser's language; the desk hides the offer.
    assert.is(await page.getByText("Change Language").count() === 0 || !(await page.getByText("Change Language").first().isVisible()), true, "no offer to switch language");
    assert.ok(await page.getByText("پیش‌نویس‌ها").first().isVisible(), "Persian collection names");
    await desk.shot("desk-list");

    await newRelease(desk);
    // The next free code, from the releases of the clone (15 committed): 16.
    assert.is(await desk.field("code").locator("input.newsroom-input").inputValue(), "16");
    // A new release starts at now in Tehran, although the browser runs in UTC.
    const startedAt = await desk.field("date").locator("input.newsroom-input").inputValue();
    const now = Date.now();
    assert.ok([jalaliStamp(new Date(now)), jalaliStamp(new Date(now - 60_000))].includes(startedAt), `default date ${startedAt} is Tehran's now`);

    await desk.field("title").locator("input.newsroom-input").fill(TITLE);
    await desk.field("filename").locator("input.newsroom-input").fill("kazerun-pool-works");
    await desk.field("lead").locator("textarea.newsroom-input").fill(LEAD);
    await desk.field("date").locator("input.newsroom-input").fill("۱۴۰۴-۰۷-۰۱ ۰۹:۱۵");
    await choose(desk, "county", "کازرون");
    await tick(desk, "اشتغال");
    await tick(desk, "امکانات کارگری");
    await desk.field("image").getByRole("checkbox").click();
    await desk.field("image.src").locator("input[type=file]").first().setInputFiles(path.join(repo, "releases/1404/kazerun-pool.jpg"));
    await desk.field("image.alt").locator("input.newsroom-input").fill("نمای استخر مجموعهٔ ورزشی کارگران کازرون");
    await desk.field("attachments").getByRole("button", { name: /افزودن/ }).first().click();
    await desk.field("attachments.0.src").locator("input[type=file]").first().setInputFiles(path.join(repo, "releases/1404/heat-circular.pdf"));
    await desk.field("attachments.0.title").locator("input.newsroom-input").fill("متن کامل بخشنامه");
    await typeBody(desk, "کار بهسازی استخر با اعتبار استانی انجام می‌شود.");
    await desk.shot("desk-new");
    await save(desk);

    const abs = path.join(repo, FILE);
    await page.waitForFunction(() => true);
    const deadline = Date.now() + DEADLINE;
    while (!existsSync(abs) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    assert.ok(existsSync(abs), `${FILE} written; git status: ${releaseFiles()}`);
    const written = matter(readFileSync(abs, "utf8"));
    assert.equal(written.data, {
      code: 16,
      title: TITLE,
      lead: LEAD,
      date: "1404-07-01 09:15",
      county: "kazerun",
      topics: ["employment", "workers-facilities"],
      image: { src: written.data.image?.src, alt: "نمای استخر مجموعهٔ ورزشی کارگران کازرون" },
      attachments: [{ src: written.data.attachments?.[0]?.src, title: "متن کامل بخشنامه" }],
      draft: true,
    });
    assert.match(String(written.data.image.src), /^(\.\/)?kazerun-pool\.jpg$/);
    assert.match(String(written.data.attachments[0].src), /^(\.\/)?heat-circular\.pdf$/);
    assert.is(written.content.trim(), "کار بهسازی استخر با اعتبار استانی انجام می‌شود.");
    assert.equal(desk.external, [], "no request left 127.0.0.1");
    assert.equal(desk.refused, []);
    assert.equal(desk.errors, []);

    // Publish through the desk: open the draft from the review queue, switch «پیش‌نویس» off, save.
    await page.goto(`${nginx?.origin}/admin/#/collections/drafts`, { waitUntil: "commit" });
    await page.getByText(TITLE).filter({ visible: true }).first().click({ timeout: DEADLINE });
    await reveal(desk, "draft");
    await desk.field("draft").getByRole("switch").click();
    await save(desk);
    const published = Date.now() + DEADLINE;
    while (!/^draft: false$/m.test(readFileSync(abs, "utf8")) && Date.now() < published) await new Promise((r) => setTimeout(r, 200));
    assert.is(matter(readFileSync(abs, "utf8")).data.draft, false, "published from the desk");
    await page.goto(`${nginx?.origin}/admin/#/collections/published`, { waitUntil: "commit" });
    await page.getByText(TITLE).filter({ visible: true }).first().waitFor({ timeout: DEADLINE });
    await desk.shot("desk-published");

    // The published file passes check with nothing for --fix to change, and the build shows it.
    const report = runCheck({ root: repo });
    const mine = report.files.find((f) => f.file === FILE);
    assert.equal(mine?.errors ?? [], [], "check: no error");
    assert.equal((mine?.warnings ?? []).filter((w) => w.safe), [], "check: nothing --fix would change");
    const site = path.join(tmp, "site-after");
    await buildSite({ root, outDir: site, releasesDir: path.join(repo, "releases"), dataDir: path.join(repo, "_data") });
    const html = readFileSync(path.join(site, "releases/16/index.html"), "utf8");
    assert.ok(html.includes(TITLE), "the built page shows the title");
    assert.ok(html.includes("۱ مهر ۱۴۰۴"), "the built page shows the Jalali date");
    assert.ok(existsSync(path.join(site, "releases/16/heat-circular.pdf")), "the attachment is published beside the page");
  } finally {
    await desk.context.close();
  }
});

test("desk :: at 390 px the list and the form fit the screen, right to left", async () => {
  const desk = await openDesk(390);
  try {
    await desk.shot("desk-list");
    // The preview pane, which hands the desk the codes in use, is closed on a phone: the field says so.
    await newRelease(desk, { proposedCode: false });
    await desk.field("code").getByText("پیش‌نمایش را یک بار باز کنید").waitFor({ timeout: DEADLINE });
    await desk.field("title").locator("input.newsroom-input").fill(TITLE);
    await desk.shot("desk-new");
    const overflow = await desk.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scrolling (${overflow} px too wide)`);
    assert.is(await desk.field("title").locator("input.newsroom-input").evaluate((e) => getComputedStyle(e).direction), "rtl");
    assert.is(await desk.field("filename").locator("input.newsroom-input").evaluate((e) => getComputedStyle(e).direction), "ltr");
    assert.equal(desk.external, []);
  } finally {
    await desk.context.close();
  }
});

/** A release the build would take, typed in the new-release form. */
async function fillValid(desk: Desk): Promise<void> {
  await desk.field("title").locator("input.newsroom-input").fill(TITLE);
  await desk.field("filename").locator("input.newsroom-input").fill("refused-case");
  await desk.field("lead").locator("textarea.newsroom-input").fill(LEAD);
  await desk.field("date").locator("input.newsroom-input").fill("1404-07-02 10:00");
  await tick(desk, "اشتغال");
  await typeBody(desk, "متن خبر.");
}

const REFUSED: { name: string; act(desk: Desk): Promise<void>; message: RegExp }[] = [
  {
    name: "title too short",
    act: (desk) => desk.field("title").locator("input.newsroom-input").fill("کوتاه"),
    message: /تیتر 5 نویسه دارد؛ باید بین 10 تا 120 نویسه باشد/,
  },
  {
    name: "six topics",
    async act(desk) {
      for (const t of ["تعاونی‌ها", "روابط کار", "رفاه اجتماعی", "مهارت‌آموزی", "بیمه و تأمین اجتماعی"]) await tick(desk, t);
    },
    message: /باید فهرستی از ۱ تا ۵ موضوع باشد/,
  },
  {
    name: "bad file name",
    act: (desk) => desk.field("filename").locator("input.newsroom-input").fill("Kazerun Pool!"),
    message: /نام پرونده «Kazerun Pool!» پذیرفته نیست/,
  },
  {
    name: "impossible Jalali date",
    act: (desk) => desk.field("date").locator("input.newsroom-input").fill("۱۴۰۴-۱۲-۳۰ ۱۰:۰۰"),
    message: /چنین روزی در تقویم شمسی نیست؛ ماه 12 سال 1404 29 روز دارد/,
  },
];

for (const c of REFUSED) {
  test(`desk :: refused: ${c.name} shows the loader's Persian message and writes nothing`, async () => {
    const desk = await openDesk(1280);
    const shot = `refused-${c.name.replace(/\W+/g, "-")}`;
    try {
      const before = releaseFiles();
      await newRelease(desk);
      await fillValid(desk);
      await c.act(desk);
      await save(desk);
      await desk.page.getByText(c.message).first().waitFor({ timeout: DEADLINE }).catch(async (err: unknown) => {
        await desk.shot(shot);
        throw new Error(`${c.name}: no message ${c.message}: ${String(err)}`);
      });
      await desk.shot(shot);
      assert.is(releaseFiles(), before, `${c.name}: nothing written`);
      assert.equal(desk.external, []);
    } finally {
      await desk.context.close();
    }
  });
}

test.run();
