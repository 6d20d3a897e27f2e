import { test } from "uvu";
import * as assert from "uvu/assert";
import { sideColumn } from "../../src/collections/side.ts";
import type { Newsroom } from "../../src/collections/newsroom.ts";

const term = (key: string, name: string, n: number) => ({ key, name, url: `/counties/${key}/`, releases: Array.from({ length: n }) });
const newsroom = {
  latest: Array.from({ length: 9 }, (_, i) => ({ url: `/releases/${i + 1}/`, title: `خبر ${i + 1}` })),
  topics: [term("employment", "اشتغال", 2), term("insurance", "بیمه", 0)],
  counties: [term("neyriz", "نی‌ریز", 1), term("kazerun", "کازرون", 3), term("gerash", "گراش", 0), term("abadeh", "آباده", 1)],
} as unknown as Newsroom;

test("sideColumn :: terms with releases only, counties in Persian order; the latest six only when asked", () => {
  const full = sideColumn(newsroom, true);
  assert.equal(full.topics.map((t) => t.name), ["اشتغال"]);
  assert.equal(full.counties.map((c) => c.name), ["آباده", "کازرون", "نی‌ریز"]);
  assert.equal(full.latest.map((r) => r.url), ["/releases/1/", "/releases/2/", "/releases/3/", "/releases/4/", "/releases/5/", "/releases/6/"]);
  assert.equal(sideColumn(newsroom, false).latest, [], "bulk pages: nothing that changes with every publication");
  assert.equal(Object.keys(full.counties[0]!), ["name", "url"], "no release objects: the page cache keys stay stable");
});

test.run();
