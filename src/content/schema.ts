/**
 * The content model of a release's front matter, declared once. Everything else is derived
 * from this table:
 * - the loader's limits and field names (src/content/validate.ts),
 * - the editing desk's configuration (src/admin-build/cms-config.ts) and its in-browser checks,
 * - the zod schema and the JSON Schema for editors' YAML extensions (src/content/schema-zod.ts,
 *   written to `docs/release.schema.json`),
 * - the front-matter table of README.md (`frontMatterTable`).
 * tests/content/schema.test.ts fails when any of them drifts from it. Plain data: the loader and the
 * desk's bundle read it without loading zod.
 * Source of the rules: shared/design/content-model.md.
 */

/** A Persian and an English wording of the same thing. */
export interface Bilingual {
  fa: string;
  en: string;
}

interface FieldBase {
  /** Persian label for forms and messages, English name for messages. */
  label: Bilingual;
  required: boolean;
  /** Persian hint shown under the form field, and the JSON Schema description. */
  hint: string;
}

export interface TextField extends FieldBase {
  kind: "text";
  /** Length in characters (code points) after folding whitespace to one space. */
  min: number;
  max: number;
  multiline: boolean;
  /** No Markdown or HTML allowed. */
  plain: boolean;
  example: string;
}
export interface CodeField extends FieldBase { kind: "code" }
export interface DateField extends FieldBase { kind: "datetime" }
export interface BooleanField extends FieldBase { kind: "boolean"; default: boolean }
export interface TermField extends FieldBase { kind: "term"; vocabulary: "counties" | "topics" }
export interface TermsField extends FieldBase { kind: "terms"; vocabulary: "topics"; min: number; max: number }
export interface FileField extends FieldBase { kind: "file"; accept?: string }
export interface ObjectField extends FieldBase { kind: "object"; fields: Record<string, Field> }
export interface ListField extends FieldBase { kind: "list"; fields: Record<string, Field> }

export type Field =
  | TextField | CodeField | DateField | BooleanField | TermField | TermsField | FileField | ObjectField | ListField;

const text = (label: Bilingual, required: boolean, min: number, max: number, hint: string, example: string,
  opts: { multiline?: boolean; plain?: boolean } = {}): TextField =>
  ({ kind: "text", label, required, min, max, multiline: opts.multiline ?? false, plain: opts.plain ?? false, hint, example });

/** Images the build turns into AVIF/WebP/JPEG (src/images/release-images.ts). */
export const IMAGE_ACCEPT = ".avif,.gif,.jpeg,.jpg,.png,.webp";
/** Attachments: documents readers download. */
export const ATTACHMENT_ACCEPT = ".avif,.csv,.doc,.docx,.gif,.jpeg,.jpg,.odp,.ods,.odt,.pdf,.png,.ppt,.pptx,.txt,.webp,.xls,.xlsx,.zip";

/** Every front-matter key, in the order files are written. */
export const RELEASE_FIELDS = {
  code: {
    kind: "code", label: { fa: "کد خبر", en: "news code" }, required: true,
    hint: "عدد یکتای خبر؛ نشانی خبر در سایت با آن ساخته می‌شود. هرگز تغییر نمی‌کند و دوباره به کار نمی‌رود.",
  },
  title: text({ fa: "تیتر", en: "title" }, true, 10, 120,
    "یک خط، ۱۰ تا ۱۲۰ نویسه.", "بهسازی استخر کارگران کازرون آغاز شد"),
  kicker: text({ fa: "روتیتر", en: "kicker" }, false, 1, 80,
    "اختیاری؛ یک خط، حداکثر ۸۰ نویسه.", "مدیرکل در نشست خبری اعلام کرد"),
  lead: text({ fa: "لید", en: "lead" }, true, 40, 400,
    "خلاصهٔ خبر در یک بند، متن ساده بدون نشانه‌گذاری، ۴۰ تا ۴۰۰ نویسه.", "خلاصهٔ خبر در یک بند",
    { multiline: true, plain: true }),
  date: {
    kind: "datetime", label: { fa: "تاریخ و ساعت انتشار", en: "publication date and time" }, required: true,
    hint: "تاریخ شمسی و ساعت تهران، مثلاً ۱۴۰۴-۰۶-۲۵ ۱۰:۳۰؛ ارقام فارسی یا لاتین.",
  },
  county: {
    kind: "term", vocabulary: "counties", label: { fa: "شهرستان", en: "county" }, required: false,
    hint: "اختیاری؛ خالی یعنی خبر استانی است.",
  },
  topics: {
    kind: "terms", vocabulary: "topics", min: 1, max: 5, label: { fa: "موضوع‌ها", en: "topics" }, required: true,
    hint: "۱ تا ۵ موضوع.",
  },
  image: {
    kind: "object", label: { fa: "تصویر", en: "image" }, required: false,
    hint: "اختیاری؛ پرونده کنار پروندهٔ خبر ذخیره می‌شود. متن جایگزین لازم است.",
    fields: {
      src: { kind: "file", accept: IMAGE_ACCEPT, label: { fa: "پروندهٔ تصویر", en: "image file" }, required: true, hint: "JPEG، PNG، WebP، AVIF یا GIF" },
      alt: text({ fa: "متن جایگزین", en: "alt text" }, true, 1, 300,
        "آنچه در تصویر دیده می‌شود، برای نابینایان.", "نمای استخر مجموعهٔ ورزشی کارگران کازرون"),
      caption: text({ fa: "زیرنویس", en: "caption" }, false, 1, 300, "اختیاری؛ زیر تصویر نشان داده می‌شود.", "عکس: روابط عمومی"),
    },
  },
  attachments: {
    kind: "list", label: { fa: "پیوست‌ها", en: "attachments" }, required: false,
    hint: "اختیاری؛ پرونده‌ها کنار پروندهٔ خبر ذخیره می‌شوند.",
    fields: {
      src: { kind: "file", accept: ATTACHMENT_ACCEPT, label: { fa: "پرونده", en: "file" }, required: true, hint: "PDF، Word، Excel، PowerPoint، OpenDocument، ZIP، CSV/TXT یا تصویر" },
      title: text({ fa: "عنوان پیوست", en: "attachment title" }, true, 1, 200, "مثلاً: متن کامل بخشنامه", "متن کامل بخشنامه"),
    },
  },
  draft: {
    kind: "boolean", default: true, label: { fa: "پیش‌نویس", en: "draft" }, required: false,
    hint: "تا روشن است خبر هیچ‌جا منتشر نمی‌شود. برای انتشار خاموشش کنید.",
  },
  updates: {
    kind: "list", label: { fa: "اصلاحیه‌ها", en: "updates" }, required: false,
    hint: "هر اصلاح پس از انتشار: تاریخ (بعد از تاریخ انتشار) و شرح آنچه تغییر کرد.",
    fields: {
      date: { kind: "datetime", label: { fa: "تاریخ اصلاحیه", en: "update date" }, required: true, hint: "بعد از تاریخ انتشار خبر" },
      note: text({ fa: "شرح اصلاحیه", en: "update note" }, true, 1, 400, "چه چیزی تغییر کرد", "آمار شرکت‌کنندگان اصلاح شد", { multiline: true }),
    },
  },
  withdrawn: {
    kind: "object", label: { fa: "پس‌گرفتن خبر", en: "withdrawal" }, required: false,
    hint: "خبر منتشرشده را پاک نکنید؛ اینجا پس بگیرید. صفحه با اطلاعیه و دلیل می‌ماند.",
    fields: {
      date: { kind: "datetime", label: { fa: "تاریخ پس‌گرفتن", en: "withdrawal date" }, required: true, hint: "بعد از تاریخ انتشار خبر" },
      reason: text({ fa: "دلیل پس‌گرفتن", en: "withdrawal reason" }, true, 1, 400, "چرا خبر پس گرفته شد", "اطلاعات خبر نادرست بود", { multiline: true }),
    },
  },
} as const satisfies Record<string, Field>;

export type ReleaseFieldName = keyof typeof RELEASE_FIELDS;

/** Every key the front matter may hold, in the order of RELEASE_FIELDS. */
export const RELEASE_KEYS = Object.keys(RELEASE_FIELDS) as ReleaseFieldName[];

/** The keys of a nested object or list item, e.g. `subKeys("image")` → `["src", "alt", "caption"]`. */
export function subKeys(name: "image" | "attachments" | "updates" | "withdrawn"): string[] {
  return Object.keys(RELEASE_FIELDS[name].fields);
}

/** A Jalali date-time in Tehran as the desk writes it: `1404-06-25 10:30`. */
export const JALALI_DATE_TIME = /^1[34]\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]) ([01]\d|2[0-3]):[0-5]\d$/;

/** The file name the desk gives a release: `<code padded to 4>-<latin words>.md`. */
export const RELEASE_FILE_NAME = /^\d{4,}-[a-z0-9]+(-[a-z0-9]+)*\.md$/;
/** The Latin words of a file name, without code and extension: `kazerun-pool`. */
export const FILE_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The length message the loader and the desk both show, e.g. for a title of 5 characters. */
export function lengthMessage(field: TextField, length: number): Bilingual {
  return {
    fa: `${field.label.fa} ${length} نویسه دارد؛ باید بین ${field.min} تا ${field.max} نویسه باشد`,
    en: `the ${field.label.en} has ${length} characters; it must have ${field.min}–${field.max}`,
  };
}

/** The topic-count message (loader and desk). */
export function topicsCountMessage(): Bilingual {
  const t = RELEASE_FIELDS.topics;
  const example = "[employment, insurance]";
  return {
    fa: `باید فهرستی از ${toPersianNumber(t.min)} تا ${toPersianNumber(t.max)} موضوع باشد، مثلاً ${example}`,
    en: `must be a list of ${t.min}–${t.max} topics, e.g. ${example}`,
  };
}

function toPersianNumber(n: number): string {
  return String(n).replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)] as string);
}

export interface VocabularyKeys {
  topics: readonly string[];
  counties: readonly string[];
}

function typeCell(field: Field): string {
  switch (field.kind) {
    case "code": return "integer ≥ 1";
    case "text": return "text";
    case "datetime": return "date-time";
    case "boolean": return "boolean";
    case "term": return "key";
    case "terms": return "list of keys";
    case "file": return "file path";
    case "object": return `\`{${Object.entries(field.fields).map(([k, f]) => (f.required ? k : `${k}?`)).join(", ")}}\``;
    case "list": return `list of \`{${Object.keys(field.fields).join(", ")}}\``;
  }
}

/** The README's front-matter table head and one row per field: name, type, required (yes/no). */
export function frontMatterTable(): string[] {
  return [
    "| Name | Type | Required | Description |",
    "|---|---|---|---|",
    ...Object.entries(RELEASE_FIELDS).map(([name, f]) => `| \`${name}\` | ${typeCell(f)} | ${f.required ? "yes" : "no"} |`),
  ];
}
