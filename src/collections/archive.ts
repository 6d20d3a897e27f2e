import type { Release } from "../content/release.ts";
import { toPersianDigits } from "../persian/digits.ts";
import { JALALI_MONTHS, jalaliParts } from "../persian/jalali.ts";

export interface ArchiveMonth {
  year: number;
  month: number;
  /** «شهریور ۱۴۰۴» */
  name: string;
  url: string;
  releases: Release[];
}

export interface ArchiveYear {
  year: number;
  /** «۱۴۰۴» */
  label: string;
  url: string;
  count: number;
  /** Months that have releases, newest first. */
  months: ArchiveMonth[];
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Group listed releases (newest first) by Jalali year and month in Tehran time, in one pass.
 * @example a release at 2025-03-20 23:59 Tehran → year 1403, month 12 (اسفند)
 */
export function groupByJalaliMonth(listed: readonly Release[]): ArchiveYear[] {
  const years: ArchiveYear[] = [];
  let year: ArchiveYear | undefined;
  let month: ArchiveMonth | undefined;
  for (const r of listed) {
    const j = jalaliParts(r.date);
    if (year?.year !== j.year) {
      year = { year: j.year, label: toPersianDigits(j.year), url: `/archive/${j.year}/`, count: 0, months: [] };
      years.push(year);
      month = undefined;
    }
    if (month?.month !== j.month) {
      month = {
        year: j.year,
        month: j.month,
        name: `${JALALI_MONTHS[j.month - 1]} ${toPersianDigits(j.year)}`,
        url: `/archive/${j.year}/${pad(j.month)}/`,
        releases: [],
      };
      year.months.push(month);
    }
    month.releases.push(r);
    year.count++;
  }
  return years;
}
