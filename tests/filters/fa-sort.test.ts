import { test } from "uvu";
import * as assert from "uvu/assert";
import { faSort } from "../../src/filters/fa-sort.ts";

const names = (list: Array<{ name: string }>) => list.map((x) => x.name).join(" ");

test("faSort :: Persian letters in Persian order, not code point order", () => {
  // Code point order puts پ چ ژ گ (outside the Arabic block order) after ی-range letters.
  const input = ["نی‌ریز", "کازرون", "گراش", "کوار", "آباده", "پاسارگاد", "چرام", "ژیان", "زرین‌دشت"].map((name) => ({ name }));
  assert.is(names(faSort(input, "name")), "آباده پاسارگاد چرام زرین‌دشت ژیان کازرون کوار گراش نی‌ریز");
});

test("faSort :: regression: «کازرون» before «نی‌ریز»; the input is not reordered", () => {
  const input = [{ name: "نی‌ریز" }, { name: "کازرون" }];
  assert.is(names(faSort(input, "name")), "کازرون نی‌ریز");
  assert.is(names(input), "نی‌ریز کازرون");
});

test.run();
