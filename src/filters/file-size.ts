import { toPersianDigits } from "../persian/digits.ts";

const number = new Intl.NumberFormat("fa-IR", { maximumFractionDigits: 1 });

/**
 * A file size in Persian words and digits, as readers see it next to an attachment.
 * @example fileSize(2_411_725) → "۲٫۳ مگابایت"
 */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${toPersianDigits(bytes)} بایت`;
  if (bytes < 1024 * 1024) return `${number.format(bytes / 1024)} کیلوبایت`;
  return `${number.format(bytes / (1024 * 1024))} مگابایت`;
}
