import { test } from "uvu";
import * as assert from "uvu/assert";
import { isolateRuns } from "../../src/content/bidi-runs.ts";
import { renderBody } from "../../src/content/markdown.ts";
import { leftToRight, showFragments, withPage } from "./display-order.ts";

const ltr = (s: string) => `<bdi dir="ltr">${s}</bdi>`;
const num = (s: string) => `<bdo dir="ltr">${s}</bdo>`;

test("isolateRuns :: phone numbers in any script are one left-to-right run", () => {
  for (const phone of ["۰۷۱ ۳۲۰۰ ۰۰۰۰", "۰۷۱-۳۲۰۰۰۰۰۲", "٠٧١-٣٢٠٠٠٠٠٢", "+98 71 3200 0000", "+۹۸ ۷۱ ۳۲۰۰ ۰۰۰۰", "071-32000000", "۰۹۱۷ ۱۲۳ ۴۵۶۷"]) {
    assert.is(isolateRuns(`شمارهٔ ${phone} است`), `شمارهٔ ${num(phone)} است`, phone);
  }
});

test("isolateRuns :: dates, times, ranges and codes in any script", () => {
  for (const run of ["1404-07-15", "۱۴۰۴-۰۷-۱۵", "١٤٠٤-٠٧-١٥", "۱۴۰۴/۰۷/۱۵", "۱۰-۱۲", "١٠-١٢", "10-12", "۱۰ - ۱۲", "۱۰–۱۲", "۱۰:۳۰", "۱۲/۳۴۵", "۱۲-۳۴۵-۶۷"]) {
    assert.is(isolateRuns(`عدد ${run} است`), `عدد ${num(run)} است`, run);
  }
});

test("isolateRuns :: single numbers and two numbers side by side are left alone", () => {
  for (const text of ["سال ۱۴۰۴", "۲۵ نفر", "سال ۱۴۰۴ ۱۲ نفر", "۱۲٫۵ درصد", "١٤٢ مورد", "سال ۱۴۰۴. سپس"]) {
    assert.is(isolateRuns(text), text, text);
  }
});

test("isolateRuns :: Latin words, URLs, e-mail; HTML escaped", () => {
  assert.is(isolateRuns("به گزارش ILNA News"), `به گزارش ${ltr("ILNA News")}`);
  assert.is(isolateRuns("استاندارد ISO 9001:2015"), `استاندارد ${ltr("ISO 9001:2015")}`);
  assert.is(isolateRuns("بیماری COVID-19"), `بیماری ${ltr("COVID-19")}`);
  assert.is(isolateRuns("نشانی https://example.ir/a?b=1&c=2."), `نشانی ${ltr("https://example.ir/a?b=1&amp;c=2")}.`);
  assert.is(isolateRuns("رایانامهٔ pr@example.ir"), `رایانامهٔ ${ltr("pr@example.ir")}`);
  assert.is(isolateRuns('<b> و "۱"'), '&lt;<bdi dir="ltr">b</bdi>&gt; و &quot;۱&quot;');
});

// What Chromium displays: x positions of each digit group, left to right, in a dir="rtl" page.
const BODIES: Array<[string, string[]]> = [
  ["کارگران می‌توانند با شمارهٔ ۰۷۱ ۳۲۰۰ ۰۰۰۰ تماس بگیرند.", ["۰۷۱", "۳۲۰۰", "۰۰۰۰"]],
  ["تلفن ۰۷۱-۳۲۰۰۰۰۰۲ پاسخ می‌دهد.", ["۰۷۱", "۳۲۰۰۰۰۰۲"]],
  ["تلفن ٠٧١-٣٢٠٠٠٠٠٢ پاسخ می‌دهد.", ["٠٧١", "٣٢٠٠٠٠٠٢"]],
  ["با شمارهٔ +98 71 3200 0000 تماس بگیرید.", ["+98", "71", "3200", "0000"]],
  ["با شمارهٔ +۹۸ ۷۱ ۳۲۰۰ ۰۰۰۰ تماس بگیرید.", ["+۹۸", "۷۱", "۳۲۰۰", "۰۰۰۰"]],
  ["نشست در 1404-07-15 برگزار شد.", ["1404", "07", "15"]],
  ["نشست در ۱۴۰۴-۰۷-۱۵ برگزار شد.", ["۱۴۰۴", "۰۷", "۱۵"]],
  ["نشست در ١٤٠٤-٠٧-١٥ برگزار شد.", ["١٤٠٤", "٠٧", "١٥"]],
  ["نشست در ۱۴۰۴/۰۷/۱۵ برگزار شد.", ["۱۴۰۴", "۰۷", "۱۵"]],
  ["ساعت کار ۱۰-۱۲ است.", ["۱۰", "۱۲"]],
  ["پروندهٔ ۱۲-۳۴۵-۶۷ بررسی شد.", ["۱۲", "۳۴۵", "۶۷"]],
  ["۰۷۱ ۳۲۰۰ ۰۰۰۰ شمارهٔ ستاد است.", ["۰۷۱", "۳۲۰۰", "۰۰۰۰"]],
  ["به گزارش ILNA تلفن ۰۷۱-۳۲۰۰۰۰۰۲ است.", ["۰۷۱", "۳۲۰۰۰۰۰۲"]],
];

test("display :: regression: digit groups of any script display in the writer's order in Chromium", async () => {
  await withPage(async (page) => {
    await showFragments(page, [
      ...BODIES.map(([md]) => renderBody(md)),
      // Title, kicker and lead go through the `bidi` filter.
      `<h1>${isolateRuns("نشست ۱۴۰۴-۰۷-۱۵ کارگروه اشتغال")}</h1>`,
      `<p class="lead">${isolateRuns("شمارهٔ ۰۷۱ ۳۲۰۰ ۰۰۰۰ پاسخ می‌دهد")}</p>`,
      // Control: the same text, not isolated, is reversed (so the measurement can fail).
      `<p>کارگران می‌توانند با شمارهٔ ۰۷۱ ۳۲۰۰ ۰۰۰۰ تماس بگیرند.</p>`,
      `<p>نشست در ۱۴۰۴-۰۷-۱۵ برگزار شد.</p>`,
    ]);
    for (const [i, [md, groups]] of BODIES.entries()) {
      assert.equal(await leftToRight(page, i, groups), groups.map((_, k) => k), md);
    }
    const n = BODIES.length;
    assert.equal(await leftToRight(page, n, ["۱۴۰۴", "۰۷", "۱۵"]), [0, 1, 2], "title");
    assert.equal(await leftToRight(page, n + 1, ["۰۷۱", "۳۲۰۰", "۰۰۰۰"]), [0, 1, 2], "lead");
    assert.equal(await leftToRight(page, n + 2, ["۰۷۱", "۳۲۰۰", "۰۰۰۰"]), [2, 1, 0], "control: phone reversed without isolation");
    assert.equal(await leftToRight(page, n + 3, ["۱۴۰۴", "۰۷", "۱۵"]), [2, 1, 0], "control: date day-first without isolation");
  });
});

test("display :: without the site's stylesheet (feed readers strip it) numbers keep their order", async () => {
  await withPage(async (page) => {
    await showFragments(page, BODIES.map(([md]) => `<div dir="rtl" lang="fa">${renderBody(md)}</div>`), { css: false });
    for (const [i, [md, groups]] of BODIES.entries()) {
      assert.equal(await leftToRight(page, i, groups), groups.map((_, k) => k), md);
    }
  });
});

test("display :: ordered lists show Persian-digit markers (site.css)", async () => {
  await withPage(async (page) => {
    await showFragments(page, [renderBody("۳. سوم\n۴. چهارم")]);
    const style = await page.evaluate(() => {
      const ol = document.querySelector("#f0 ol") as HTMLOListElement;
      return { type: getComputedStyle(ol).listStyleType, start: ol.start };
    });
    assert.equal(style, { type: "persian", start: 3 });
  });
});

test.run();
