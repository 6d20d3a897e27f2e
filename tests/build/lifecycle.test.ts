import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "../../src/build/build-site.ts";
import { buildSummary } from "../../src/build/summary.ts";
import { ContentError } from "../../src/content/problem.ts";

const root = process.cwd();
const releasesDir = path.join(root, "tests/fixtures/lifecycle");
const tmp = mkdtempSync(path.join(os.tmpdir(), "newsroom-lifecycle-"));
const BEFORE = 1758573000; // 1404-07-01 00:00 Tehran: code 5 is still scheduled
const AFTER = 1759383000 + 60; // a minute after 1404-07-10 09:00

const SECRETS = {
  draft: ["پیش‌نویس محرمانهٔ آزمایشی", "لید پیش‌نویس محرمانهٔ آزمایشی"],
  scheduled: ["خبر زمان‌بندی‌شدهٔ آزمایشی", "لید خبر زمان‌بندی‌شدهٔ آزمایشی", "متن خبر زمان‌بندی‌شدهٔ آزمایشی"],
};

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => statSync(path.join(dir, f)).isFile()).sort();
}

function hashTree(dir: string): string {
  const hash = createHash("sha256");
  for (const f of files(dir)) hash.update(`${f}\0`).update(readFileSync(path.join(dir, f)));
  return hash.digest("hex");
}

/** Every file of the site that contains a text, as UTF-8 bytes (escaped forms included). */
function filesContaining(dir: string, text: string): string[] {
  const needles = [text, JSON.stringify(text).slice(1, -1)].map((t) => Buffer.from(t));
  return files(dir).filter((f) => {
    const bytes = readFileSync(path.join(dir, f));
    return needles.some((n) => bytes.includes(n));
  });
}

async function build(out: string, epoch: number, tz = "UTC", dataDir?: string, dir = releasesDir) {
  const saved = { epoch: process.env.SOURCE_DATE_EPOCH, tz: process.env.TZ };
  process.env.SOURCE_DATE_EPOCH = String(epoch);
  process.env.TZ = tz;
  try {
    return await buildSite({ root, outDir: out, releasesDir: dir, ...(dataDir ? { dataDir } : {}) });
  } finally {
    for (const [k, v] of [["SOURCE_DATE_EPOCH", saved.epoch], ["TZ", saved.tz]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

const early = path.join(tmp, "early");
const late = path.join(tmp, "late");
let summary: string[] = [];

test.before(async () => {
  const { newsroom } = await build(early, BEFORE);
  summary = buildSummary(newsroom);
  await build(late, AFTER);
});

test.after(() => rmSync(tmp, { recursive: true, force: true }));

test("drafts and scheduled releases :: no byte of their title, lead or body before their time", () => {
  for (const text of [...SECRETS.draft, ...SECRETS.scheduled]) {
    assert.equal(filesContaining(early, text), [], text);
  }
  assert.not.ok(files(early).some((f) => f.startsWith("releases/4/") || f.startsWith("releases/5/")));
});

test("scheduled releases :: the build says how many and when the next goes live", () => {
  assert.is(summary[1], "زمان‌بندی‌شده: ۱ خبر؛ نخستین: پنجشنبه ۱۰ مهر ۱۴۰۴ - ۰۹:۰۰ — scheduled: 1; next at 2025-10-02T09:00:00+03:30");
  assert.is(summary[0], "منتشرشده: ۲ خبر، پس‌گرفته: ۱، پیش‌نویس: ۱ — published: 2, withdrawn: 1, drafts: 1");
});

test("scheduled releases :: everywhere once their time has come; drafts still nowhere", () => {
  const where = filesContaining(late, "خبر زمان‌بندی‌شدهٔ آزمایشی");
  for (const f of ["releases/5/index.html", "index.html", "topics/insurance/index.html", "counties/fasa/index.html",
    "archive/1404/07/index.html", "feed.xml", "atom.xml", "feed.json", "topics/insurance/feed.xml", "counties/fasa/atom.xml"]) {
    assert.ok(where.includes(f), `${f} lacks the release`);
  }
  // Related releases are older ones (issue 16): the newly live release relates to 1, and 1's page is unchanged.
  assert.ok(readFileSync(path.join(late, "releases/5/index.html"), "utf8").includes('<a href="/releases/1/">'), "related link");
  assert.not.ok(readFileSync(path.join(late, "releases/1/index.html"), "utf8").includes('<a href="/releases/5/">'), "no link to a later release");
  for (const text of SECRETS.draft) assert.equal(filesContaining(late, text), [], text);
});

test("corrections :: last update and the change history, oldest first, with the original time", () => {
  const html = readFileSync(path.join(early, "releases/2/index.html"), "utf8");
  assert.ok(html.includes('<dt>زمان انتشار</dt><dd><time datetime="2025-08-27T09:15:00+03:30">چهارشنبه ۵ شهریور ۱۴۰۴ - ۰۹:۱۵</time>'));
  assert.ok(html.includes('<dt>آخرین به‌روزرسانی</dt><dd><time datetime="2025-08-29T12:30:00+03:30">جمعه ۷ شهریور ۱۴۰۴ - ۱۲:۳۰</time>'));
  const history = html.split('<section class="history"')[1] ?? "";
  assert.ok(history.includes('<h2 id="history-h">سابقهٔ تغییرات</h2>'));
  const notes = [...history.matchAll(/<li><time[^>]*>([^<]+)<\/time>: ([^<]+)<\/li>/g)].map((m) => `${m[1]} ${m[2]}`);
  assert.equal(notes, ["پنجشنبه ۶ شهریور ۱۴۰۴ - ۰۸:۰۰ شمار کارفرمایان از ۵۰ به ۶۰ اصلاح شد.", "جمعه ۷ شهریور ۱۴۰۴ - ۱۲:۳۰ ساعت بازدید عمومی از ۹ تا ۱۷ اعلام شد."]);
});

test("withdrawals :: the page stays with notice, date, reason and the original text; listings drop it", () => {
  const html = readFileSync(path.join(early, "releases/3/index.html"), "utf8");
  assert.ok(html.includes('<h2 id="withdrawn-h">این خبر پس گرفته شده است</h2>'));
  assert.ok(html.includes('تاریخ پس‌گرفتن: <time datetime="2025-09-02T09:00:00+03:30">سه‌شنبه ۱۱ شهریور ۱۴۰۴ - ۰۹:۰۰</time>'));
  assert.ok(html.includes("<p>دلیل: رقم تسهیلات نادرست اعلام شده بود و خبر درست جداگانه منتشر می‌شود.</p>"));
  assert.ok(html.indexOf('<h2 class="withdrawn-heading">متن خبر پیش از پس‌گرفتن، برای حفظ سابقه</h2>') < html.indexOf("متن اصلی خبری که پس گرفته شد"));
  for (const f of ["index.html", "topics/employment/index.html", "counties/jahrom/index.html", "archive/1404/06/index.html", "releases/2/index.html"]) {
    assert.not.ok(readFileSync(path.join(early, f), "utf8").includes('href="/releases/3/"'), f);
  }
});

test("reproducible :: the same commit and SOURCE_DATE_EPOCH give the same bytes under any TZ", async () => {
  const tehran = path.join(tmp, "tehran");
  await build(tehran, BEFORE, "Asia/Tehran");
  const again = path.join(tmp, "again");
  await build(again, BEFORE, "America/New_York");
  assert.is(hashTree(tehran), hashTree(early));
  assert.is(hashTree(again), hashTree(early));
});

test("URLs never break :: a gap fails the build; a retired code lets it pass", async () => {
  const out = path.join(tmp, "gap");
  const gapReleases = path.join(root, "tests/fixtures/code-gap/releases");
  await build(out, AFTER, "UTC", path.join(root, "tests/fixtures/code-gap/data-retired-3"), gapReleases);
  const before = hashTree(out);
  try {
    await build(out, AFTER, "UTC", path.join(root, "tests/fixtures/code-gap/data-gap"), gapReleases);
    assert.unreachable("a gap must fail the build");
  } catch (err) {
    assert.instance(err, ContentError);
    assert.match((err as Error).message, /tests\/fixtures\/code-gap\/releases\/: code: «3» هیچ خبری این کد را ندارد/);
  }
  assert.is(hashTree(out), before, "the failed build left the previous site as it was");
});

test.run();
