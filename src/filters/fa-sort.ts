const collator = new Intl.Collator("fa");

/**
 * A copy of `items` in Persian alphabetical order of `items[i][key]` (ICU's Persian collation,
 * so «کازرون» comes before «نی‌ریز» and ZWNJ does not split a name), stable for equal names.
 * @example faSort([{ name: "نی‌ریز" }, { name: "کازرون" }], "name") → [{ name: "کازرون" }, { name: "نی‌ریز" }]
 */
export function faSort<T extends Record<K, string>, K extends string>(items: readonly T[], key: K): T[] {
  return [...items].sort((a, b) => collator.compare(a[key], b[key]));
}
