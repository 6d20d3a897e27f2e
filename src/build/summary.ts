import type { Newsroom } from "../collections/newsroom.ts";
import { toPersianDigits } from "../persian/digits.ts";
import { isoTehran, jalaliDateTime } from "../persian/jalali.ts";

/**
 * What the build tells the PR office after it finishes: counts, and when the next scheduled
 * release goes live (it appears only in a build that runs after its time).
 * @example buildSummary(n)[1] → "زمان‌بندی‌شده: ۲ خبر؛ نخستین: سه‌شنبه ۱ مهر ۱۴۰۴ - ۰۹:۰۰ — scheduled: 2; next at 2025-09-23T09:00:00+03:30"
 */
export function buildSummary(n: Newsroom): string[] {
  const withdrawn = n.pages.length - n.listed.length;
  const lines = [
    `منتشرشده: ${toPersianDigits(n.listed.length)} خبر، پس‌گرفته: ${toPersianDigits(withdrawn)}، پیش‌نویس: ${toPersianDigits(n.drafts.length)} — ` +
      `published: ${n.listed.length}, withdrawn: ${withdrawn}, drafts: ${n.drafts.length}`,
  ];
  const next = n.scheduled[0];
  lines.push(next
    ? `زمان‌بندی‌شده: ${toPersianDigits(n.scheduled.length)} خبر؛ نخستین: ${jalaliDateTime(next.date)} — scheduled: ${n.scheduled.length}; next at ${isoTehran(next.date)}`
    : "خبر زمان‌بندی‌شده‌ای نیست — scheduled: 0");
  return lines;
}
