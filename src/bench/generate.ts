import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as jalaali from "jalaali-js";
import { toPersianDigits } from "../persian/digits.ts";

/** A small deterministic PRNG (mulberry32): the same seed always gives the same site. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  "کارگروه اشتغال شهرستان", "تعاونی تولیدی نخل‌داران", "استخر مجموعهٔ ورزشی کارگران", "بازرسی کار",
  "دورهٔ مهارت‌آموزی جوانان", "بیمهٔ کارگران ساختمانی", "نمایشگاه کار و کارآفرینی", "تعاونی مسکن کارگران",
  "طرح توانمندسازی زنان سرپرست خانوار", "شورای اسلامی کار", "ایمنی کارگاه‌های ساختمانی", "بیمهٔ قالی‌بافان",
];
const VERBS = ["برگزار شد", "آغاز شد", "به بهره‌برداری رسید", "بررسی شد", "تصویب شد", "گسترش می‌یابد"];
const WORDS = (
  "اداره‌کل تعاون کار رفاه اجتماعی استان فارس شهرستان کارگران کارفرمایان اشتغال تعاونی‌ها مهارت آموزش " +
  "بیمه تأمین برنامه‌ریزی زیرساخت‌ها توسعه سرمایه‌گذاری تسهیلات بانک کارآفرینی جوانان زنان روستا " +
  "اعتبار طرح پروژه جلسه نشست گزارش پیگیری نظارت بازرسی ایمنی کارگاه قرارداد دستمزد حقوق رفاه " +
  "خانواده حمایت معیشت مسکن ورزش فرهنگ خدمات شهروندان دولت مجلس فرمانداری استانداری همکاری افزایش " +
  "کاهش بهبود تقویت ساماندهی اجرا تکمیل تأمین تجهیزات فرآوری بازاریابی محصولات کشاورزی صنعت معدن"
).split(" ");

export interface GenerateOptions {
  count: number;
  seed?: number;
  /** Jalali year of the newest releases; releases spread over the 10 years before it. */
  lastYear?: number;
  topics: string[];
  counties: string[];
  /** Share of releases dated after `now` (scheduled), 0–1. */
  scheduledShare?: number;
  /** The build's now, for scheduled releases. */
  now?: Date;
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function sentence(rand: () => number): string {
  const n = 8 + Math.floor(rand() * 14);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(pick(rand, WORDS));
  return `${words.join(" ")}${rand() < 0.3 ? "، " + pick(rand, WORDS) + " " + pick(rand, WORDS) : ""}.`;
}

function paragraph(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 4);
  return Array.from({ length: n }, () => sentence(rand)).join(" ");
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** The Jalali date `days` after a Jalali date, at 09:00, as front matter writes it. */
function daysLater(jy: number, jm: number, jd: number, days: number): string {
  const g = jalaali.toGregorian(jy, jm, jd);
  const later = jalaali.toJalaali(new Date(Date.UTC(g.gy, g.gm - 1, g.gd + days)));
  return `${later.jy}-${pad(later.jm)}-${pad(later.jd)} 09:00`;
}

/**
 * Write `count` valid synthetic releases under `dir` (realistic Persian of varying length,
 * spread over every topic and county and over 10 Jalali years), deterministically from a seed.
 */
export function generateReleases(dir: string, options: GenerateOptions): void {
  const rand = prng(options.seed ?? 1404);
  const lastYear = options.lastYear ?? 1404;
  const now = options.now ?? new Date("2026-03-01T00:00:00Z");
  for (let code = 1; code <= options.count; code++) {
    const scheduled = rand() < (options.scheduledShare ?? 0.002);
    // Spread evenly over ten years by code, so codes grow with dates like real ones.
    const yearIndex = Math.min(9, Math.floor(((code - 1) / options.count) * 10));
    let jy = lastYear - 9 + yearIndex;
    let jm = 1 + Math.floor(rand() * 12);
    let jd = 1 + Math.floor(rand() * jalaali.jalaaliMonthLength(jy, jm));
    if (scheduled) {
      const future = jalaali.toJalaali(new Date(now.getTime() + (1 + rand() * 30) * 86_400_000));
      [jy, jm, jd] = [future.jy, future.jm, future.jd];
    }
    const hour = 8 + Math.floor(rand() * 10);
    const minute = Math.floor(rand() * 60);
    const topicCount = 1 + Math.floor(rand() * 3);
    const topics = [...new Set(Array.from({ length: topicCount }, () => pick(rand, options.topics)))];
    const county = rand() < 0.85 ? pick(rand, options.counties) : undefined;
    const subject = pick(rand, SUBJECTS);
    const title = `${subject} ${pick(rand, VERBS)}؛ خبر شمارهٔ ${toPersianDigits(code)}`;
    const lead = `${sentence(rand)} ${sentence(rand)}`.slice(0, 380);
    const paragraphs = 3 + Math.floor(rand() * 6);
    const body: string[] = [];
    for (let i = 0; i < paragraphs; i++) {
      body.push(i === 2 && rand() < 0.3 ? `**${pick(rand, WORDS)}:** ${paragraph(rand)}` : paragraph(rand));
    }
    if (rand() < 0.2) body.push(["- " + sentence(rand), "- " + sentence(rand), "- " + sentence(rand)].join("\n"));
    const date = `${jy}-${pad(jm)}-${pad(jd)} ${pad(hour)}:${pad(minute)}`;
    const lines = [
      "---",
      `code: ${code}`,
      rand() < 0.5 ? `kicker: مدیرکل در نشست خبری اعلام کرد` : "",
      `title: ${title}`,
      `lead: >-\n  ${lead}`,
      `date: ${date}`,
      county ? `county: ${county}` : "",
      `topics: [${topics.join(", ")}]`,
    ];
    if (!scheduled && rand() < 0.05) {
      lines.push(`updates:\n  - date: ${daysLater(jy, jm, jd, 2)}\n    note: رقم اعتبار طرح اصلاح شد.`);
    }
    if (!scheduled && rand() < 0.005) {
      lines.push(`withdrawn:\n  date: ${daysLater(jy, jm, jd, 3)}\n  reason: این خبر به درخواست ادارهٔ حقوقی پس گرفته شد.`);
    }
    lines.push("---", "", body.join("\n\n"), "");
    const folder = path.join(dir, String(jy));
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `${pad(code, 5)}-release.md`), lines.filter((l) => l !== "").join("\n"));
  }
}
