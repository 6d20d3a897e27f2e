import yaml from "js-yaml";
import type { Vocabulary } from "../../content/release.ts";

export interface TemplateFields {
  code: number;
  /** Front-matter date, e.g. `1404-06-25 10:30`. */
  date: string;
  /** The release's address, shown in a comment. */
  url: string;
  title?: string;
  county?: string;
  topics: readonly string[];
}

/** A YAML value on one line: plain when that reads back the same, quoted otherwise. */
function scalar(value: string): string {
  return yaml.dump(value.replace(/\s+/g, " ").trim(), { lineWidth: -1, schema: yaml.CORE_SCHEMA }).trimEnd();
}

/** "key (نام)، key (نام)…" wrapped into comment lines. */
function keyList(terms: Record<string, { name: string }>): string[] {
  const items = Object.entries(terms).map(([key, { name }]) => `${key} (${name})`);
  const lines: string[] = [];
  let line = "#   ";
  for (const item of items) {
    if (line.length + item.length > 100 && line.trim() !== "#") {
      lines.push(line.trimEnd());
      line = "#   ";
    }
    line += `${item}، `;
  }
  lines.push(line.replace(/، $/, ""));
  return lines;
}

/**
 * A new release file: every field present and explained in Persian (what it is, whether it is
 * required, an example). Required fields the author has not given yet are left empty, so
 * `npm run check` names each one; optional fields are commented out, so the file is valid as soon
 * as the title, lead and body are written.
 * @example releaseTemplate({ code: 16, date: "1404-06-25 10:30", url: "…/releases/16/", topics: ["employment"] }, vocab)
 *   → "---\n# مشخصات خبر…\ncode: 16\n…title:\n…topics: [employment]\n…---\n"
 */
export function releaseTemplate(fields: TemplateFields, vocabulary: Vocabulary): string {
  const firstCounty = Object.keys(vocabulary.counties)[0] ?? "shiraz";
  const lines = [
    "---",
    "# مشخصات خبر: هر خط «کلید: مقدار» است. نام کلیدها (انگلیسی) را تغییر ندهید؛ فقط مقدارها را بنویسید.",
    "# خط‌هایی که با # آغاز می‌شوند یادداشت‌اند و در سایت دیده نمی‌شوند.",
    "# پس از نوشتن، npm run check را اجرا کنید تا خطاها و نکته‌های نگارشی را ببینید.",
    "",
    `# کد خبر (لازم): عدد یکتای خبر؛ نشانی خبر با آن ساخته می‌شود: ${fields.url}`,
    "# آن را تغییر ندهید و به خبر دیگری ندهید.",
    `code: ${fields.code}`,
    "",
    "# تیتر (لازم): یک خط، ۱۰ تا ۱۲۰ نویسه.",
    "# مثال: title: بهسازی استخر کارگران کازرون آغاز شد",
    fields.title ? `title: ${scalar(fields.title)}` : "title:",
    "",
    "# روتیتر (اختیاری): یک خط، حداکثر ۸۰ نویسه. برای نوشتن، # آغاز خط زیر را بردارید.",
    "# kicker: مدیرکل در نشست خبری اعلام کرد",
    "",
    "# لید (لازم): خلاصهٔ خبر در یک بند، ۴۰ تا ۴۰۰ نویسه، متن ساده (بدون ** و پیوند).",
    "# متن لید را در خط‌های زیرِ «lead: >-» بنویسید و آغاز هر خط دو فاصله بگذارید. مثال:",
    "# lead: >-",
    "#   عملیات بهسازی استخر مجموعهٔ ورزشی کارگران کازرون آغاز شد و این مجموعه تا پایان سال",
    "#   دوباره در اختیار جامعهٔ کارگری شهرستان قرار می‌گیرد.",
    "lead: >-",
    "",
    "# تاریخ و ساعت انتشار (لازم): شمسی و به وقت تهران، به شکل سال-ماه-روز ساعت:دقیقه.",
    "# اکنون نوشته شده؛ اگر زمانی در آینده بنویسید، خبر تا آن زمان منتشر نمی‌شود. مثال: 1404-06-25 10:30",
    `date: ${fields.date}`,
    "",
    "# شهرستان (اختیاری): کلید شهرستانی که خبر دربارهٔ آن است؛ خبر استانی شهرستان ندارد.",
    "# کلیدها:",
    ...keyList(vocabulary.counties),
    fields.county ? `county: ${fields.county}` : `# county: ${firstCounty}`,
    "",
    "# موضوع‌ها (لازم): ۱ تا ۵ کلید، میان [ ] و با ویرگول انگلیسی (,) جدا. مثال: [employment, insurance]",
    "# کلیدها:",
    ...keyList(vocabulary.topics),
    `topics: [${fields.topics.join(", ")}]`,
    "",
    "# تصویر (اختیاری): پروندهٔ تصویر را کنار همین پرونده بگذارید. alt (لازم برای تصویر): آنچه در تصویر",
    "# دیده می‌شود، برای نابینایان. caption (اختیاری): زیرنویس تصویر. برای نوشتن، # آغاز خط‌ها را بردارید.",
    "# image:",
    "#   src: ./photo.jpg",
    "#   alt: نمای استخر مجموعهٔ ورزشی کارگران کازرون",
    "#   caption: استخر کارگران کازرون پیش از بهسازی",
    "",
    "# پیوست‌ها (اختیاری): پرونده‌های PDF، DOCX یا XLSX کنار همین پرونده، هر یک با عنوان.",
    "# attachments:",
    "#   - src: ./circular.pdf",
    "#     title: متن کامل بخشنامه",
    "",
    "# پیش‌نویس (اختیاری): با true خبر هیچ‌جا منتشر نمی‌شود.",
    "# draft: true",
    "",
    "# اصلاحیه‌ها (اختیاری): اگر پس از انتشار چیزی را اصلاح کردید، تاریخ و شرح اصلاح. تاریخ پس از تاریخ خبر.",
    "# updates:",
    "#   - date: 1404-06-26 09:00",
    "#     note: رقم اعتبار طرح اصلاح شد.",
    "",
    "# پس‌گرفتن خبر (اختیاری): خبر منتشرشده را پاک نکنید؛ به جای آن تاریخ و دلیل را بنویسید.",
    "# withdrawn:",
    "#   date: 1404-07-01 09:00",
    "#   reason: این خبر به درخواست ادارهٔ حقوقی پس گرفته شد.",
    "",
    "# متن خبر (لازم): زیر خط --- پایانی بنویسید؛ بندها را با یک خط خالی از هم جدا کنید.",
    "---",
    "",
  ];
  return lines.join("\n");
}
