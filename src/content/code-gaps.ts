import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Problem } from "./problem.ts";

/** Read `_data/retired-codes.json`: codes assigned but never published. Missing file = none. */
export function readRetiredCodes(dataDir: string, root: string): { codes: Set<number>; problems: Problem[] } {
  const file = path.join(dataDir, "retired-codes.json");
  const shown = path.relative(root, file).split(path.sep).join("/");
  if (!existsSync(file)) return { codes: new Set(), problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    return { codes: new Set(), problems: [{ file: shown, field: "JSON", found: (err as Error).message, severity: "error",
      fa: "پرونده خوانا نیست؛ باید فهرستی از عددها باشد، مثلاً [7, 12]", en: "cannot be read; it must be a list of numbers, e.g. [7, 12]" }] };
  }
  const codes = new Set<number>();
  const problems: Problem[] = [];
  if (!Array.isArray(data)) data = [data];
  (data as unknown[]).forEach((c, i) => {
    if (typeof c === "number" && Number.isSafeInteger(c) && c >= 1) codes.add(c);
    else problems.push({ file: shown, field: `[${i + 1}]`, found: JSON.stringify(c), severity: "error",
      fa: "باید کد خبر (عدد صحیح بزرگ‌تر از صفر) باشد، مثلاً 7", en: "must be a release code (a whole number of 1 or more), e.g. 7" });
  });
  return { codes, problems };
}

/** Runs of consecutive numbers: [3,4,5,9] → [[3,5],[9,9]]. */
function runs(numbers: number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const n of numbers) {
    const last = out.at(-1);
    if (last && last[1] === n - 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}

/**
 * Codes are assigned in sequence and never reused, so a code missing between 1 and the highest
 * one means a published release was deleted (or its code changed), which breaks its URL.
 * Codes in `retired-codes.json` were never published and may be missing; they may not be used.
 */
export function checkCodeGaps(
  claimed: ReadonlyMap<number, string>,
  retired: ReadonlySet<number>,
  releasesFolder: string,
  retiredFile: string,
): Problem[] {
  const problems: Problem[] = [];
  for (const [code, file] of claimed) {
    if (retired.has(code)) {
      problems.push({ file, field: "code", found: String(code), severity: "error",
        fa: `این کد در ${retiredFile} کنار گذاشته شده و دوباره به کار نمی‌رود؛ کد بعدی آزاد را بگذارید (npm run new آن را پیدا می‌کند)`,
        en: `this code is retired in ${retiredFile} and is never reused; use the next free code (npm run new finds it)` });
    }
  }
  const highest = Math.max(0, ...claimed.keys());
  const missing: number[] = [];
  for (let code = 1; code < highest; code++) if (!claimed.has(code) && !retired.has(code)) missing.push(code);
  for (const [from, to] of runs(missing)) {
    const found = from === to ? String(from) : `${from}–${to}`;
    problems.push({
      file: releasesFolder, field: "code", found, severity: "error",
      fa: `هیچ خبری این کد را ندارد. خبر منتشرشده را پاک نکنید و کدش را عوض نکنید، چون نشانی‌اش می‌شکند. ` +
        `اگر پرونده را پاک کرده‌اید، آن را برگردانید و برای برداشتن خبر، بخش withdrawn را با تاریخ و دلیل بنویسید ` +
        `(withdrawn: {date: 1404-07-01 09:00, reason: …}). اگر این کد هرگز منتشر نشده، آن را در ${retiredFile} بنویسید.`,
      en: `no release has this code. Do not delete a published release or change its code: its URL would break. ` +
        `If you deleted the file, restore it and take the release down with withdrawn: {date, reason} instead. ` +
        `If this code was never published, list it in ${retiredFile}.`,
    });
  }
  return problems;
}
