import { z } from "zod";
import { toPersianDigits } from "../persian/digits.ts";

/**
 * The content model of a release's front matter, declared once as a zod 4 schema (`releaseShape`):
 * types, lengths and counts are zod checks, required-ness is `.optional()`, and label, hint, example,
 * kind, vocabulary, accept and default are each field's `.meta()`. Derived from it:
 * - `RELEASE_FIELDS`, read back from the schema: the loader's limits and bilingual messages
 *   (src/content/validate.ts), the desk's configuration (src/admin-build/cms-config.ts) and its
 *   in-browser checks (src/admin/),
 * - the JSON Schema for editors' YAML extensions (`releaseJsonSchema`, `z.toJSONSchema`, written to
 *   `docs/release.schema.json` by `npm run schema`),
 * - the front-matter table of README.md (`frontMatterTable`).
 * tests/content/schema.test.ts fails when any of them drifts from it.
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

/** Images the build turns into AVIF/WebP/JPEG (src/images/release-images.ts). */
export const IMAGE_ACCEPT = ".avif,.gif,.jpeg,.jpg,.png,.webp";
/** Attachments: documents readers download. */
export const ATTACHMENT_ACCEPT = ".avif,.csv,.doc,.docx,.gif,.jpeg,.jpg,.odp,.ods,.odt,.pdf,.png,.ppt,.pptx,.txt,.webp,.xls,.xlsx,.zip";

/*
 * The declaration: one zod 4 schema per field. Limits and required-ness are zod checks
 * (`.min`/`.max`, `.optional()`); label, hint, example, kind, vocabulary, accept and default are
 * its `.meta()`. `RELEASE_FIELDS` below is read back from these schemas, never written by hand.
 * Each helper also carries, at the type level only, the `Field` it derives to (`"~field"`), so
 * `RELEASE_FIELDS.title` is typed as a `TextField`.
 */

/** A zod schema and, for the type checker only, the Field it derives to. */
type Declared<S extends z.ZodType, F extends Field> = S & { readonly "~field"?: F };
type FieldsOf<Shape> = { [K in keyof Shape]: Shape[K] extends { readonly "~field"?: infer F } ? Exclude<F, undefined> : never };
/** What `.meta()` of a field's schema holds (the schema inside `.optional()`). */
type FieldMeta = Field extends infer F ? (F extends Field ? Omit<F, "required" | "min" | "max" | "fields"> : never) : never;

/** `.optional()` keeping the Field type; `optional` fields derive `required: false`. */
function optional<S extends z.ZodType, F extends Field>(s: Declared<S, F>): Declared<z.ZodOptional<S>, F> {
  return s.optional() as Declared<z.ZodOptional<S>, F>;
}
function declare<S extends z.ZodType, F extends Field>(s: S, meta: FieldMeta): Declared<S, F> {
  return s.meta(meta as unknown as Record<string, unknown>) as Declared<S, F>;
}
type M = { label: Bilingual; hint: string };
const text = (m: M & { example: string; multiline?: boolean; plain?: boolean }, min: number, max: number) =>
  declare<z.ZodString, TextField>(z.string().min(min).max(max),
    { kind: "text", multiline: m.multiline ?? false, plain: m.plain ?? false, ...m } as FieldMeta);
const dateTime = (m: M) => declare<z.ZodString, DateField>(z.string().min(1), { kind: "datetime", ...m });
const file = (m: M & { accept: string }) =>
  declare<z.ZodString, FileField>(z.string().regex(/^[^:]+$/), { kind: "file", ...m }); // a path, never a web address (no scheme)
/** A key of `_data/<vocabulary>.json`: an enum of its keys when they are known, else any key. */
const key = (vocabulary: "counties" | "topics", vocab: VocabularyKeys | undefined): z.ZodType =>
  vocab ? z.enum(vocab[vocabulary] as [string, ...string[]]) : z.string().min(1);
const object = <Sh extends z.ZodRawShape>(m: M, shape: Sh) =>
  declare<z.ZodObject<Sh>, ObjectField & { fields: FieldsOf<Sh> }>(z.strictObject(shape), { kind: "object", ...m } as FieldMeta);
const list = <Sh extends z.ZodRawShape>(m: M, shape: Sh) =>
  declare<z.ZodArray<z.ZodObject<Sh>>, ListField & { fields: FieldsOf<Sh> }>(z.array(z.strictObject(shape)), { kind: "list", ...m } as FieldMeta);

/** The front matter's fields as zod schemas, in the order files are written. */
function releaseShape(vocab?: VocabularyKeys) {
  return {
    code: declare<z.ZodType, CodeField>(z.union([z.int().min(1), z.string().regex(/^\s*[0-9۰-۹٠-٩]+\s*$/)]), {
      kind: "code", label: { fa: "کد خبر", en: "news code" },
      hint: "عدد یکتای خبر؛ نشانی خبر در سایت با آن ساخته می‌شود. هرگز تغییر نمی‌کند و دوباره به کار نمی‌رود.",
    }),
    title: text({ label: { fa: "تیتر", en: "title" }, hint: "یک خط، ۱۰ تا ۱۲۰ نویسه.", example: "بهسازی استخر کارگران کازرون آغاز شد" }, 10, 120),
    kicker: optional(text({ label: { fa: "روتیتر", en: "kicker" }, hint: "اختیاری؛ یک خط، حداکثر ۸۰ نویسه.", example: "مدیرکل در نشست خبری اعلام کرد" }, 1, 80)),
    lead: text({ label: { fa: "لید", en: "lead" }, hint: "خلاصهٔ خبر در یک بند، متن ساده بدون نشانه‌گذاری، ۴۰ تا ۴۰۰ نویسه.",
      example: "خلاصهٔ خبر در یک بند", multiline: true, plain: true }, 40, 400),
    date: dateTime({ label: { fa: "تاریخ و ساعت انتشار", en: "publication date and time" },
      hint: "تاریخ شمسی و ساعت تهران، مثلاً ۱۴۰۴-۰۶-۲۵ ۱۰:۳۰؛ ارقام فارسی یا لاتین." }),
    county: optional(declare<z.ZodType, TermField>(key("counties", vocab), {
      kind: "term", vocabulary: "counties", label: { fa: "شهرستان", en: "county" }, hint: "اختیاری؛ خالی یعنی خبر استانی است.",
    })),
    topics: declare<z.ZodType, TermsField>(z.array(key("topics", vocab)).min(1).max(5), {
      kind: "terms", vocabulary: "topics", label: { fa: "موضوع‌ها", en: "topics" }, hint: "۱ تا ۵ موضوع.",
    }),
    image: optional(object({ label: { fa: "تصویر", en: "image" }, hint: "اختیاری؛ پرونده کنار پروندهٔ خبر ذخیره می‌شود. متن جایگزین لازم است." }, {
      src: file({ accept: IMAGE_ACCEPT, label: { fa: "پروندهٔ تصویر", en: "image file" }, hint: "JPEG، PNG، WebP، AVIF یا GIF" }),
      alt: text({ label: { fa: "متن جایگزین", en: "alt text" }, hint: "آنچه در تصویر دیده می‌شود، برای نابینایان.", example: "نمای استخر مجموعهٔ ورزشی کارگران کازرون" }, 1, 300),
      caption: optional(text({ label: { fa: "زیرنویس", en: "caption" }, hint: "اختیاری؛ زیر تصویر نشان داده می‌شود.", example: "عکس: روابط عمومی" }, 1, 300)),
    })),
    attachments: optional(list({ label: { fa: "پیوست‌ها", en: "attachments" }, hint: "اختیاری؛ پرونده‌ها کنار پروندهٔ خبر ذخیره می‌شوند." }, {
      src: file({ accept: ATTACHMENT_ACCEPT, label: { fa: "پرونده", en: "file" }, hint: "PDF، Word، Excel، PowerPoint، OpenDocument، ZIP، CSV/TXT یا تصویر" }),
      title: text({ label: { fa: "عنوان پیوست", en: "attachment title" }, hint: "مثلاً: متن کامل بخشنامه", example: "متن کامل بخشنامه" }, 1, 200),
    })),
    draft: optional(declare<z.ZodBoolean, BooleanField>(z.boolean(), {
      kind: "boolean", default: true, label: { fa: "پیش‌نویس", en: "draft" },
      hint: "تا روشن است خبر هیچ‌جا منتشر نمی‌شود. برای انتشار خاموشش کنید.",
    } as FieldMeta)),
    updates: optional(list({ label: { fa: "اصلاحیه‌ها", en: "updates" }, hint: "هر اصلاح پس از انتشار: تاریخ (بعد از تاریخ انتشار) و شرح آنچه تغییر کرد." }, {
      date: dateTime({ label: { fa: "تاریخ اصلاحیه", en: "update date" }, hint: "بعد از تاریخ انتشار خبر" }),
      note: text({ label: { fa: "شرح اصلاحیه", en: "update note" }, hint: "چه چیزی تغییر کرد", example: "آمار شرکت‌کنندگان اصلاح شد", multiline: true }, 1, 400),
    })),
    withdrawn: optional(object({ label: { fa: "پس‌گرفتن خبر", en: "withdrawal" }, hint: "خبر منتشرشده را پاک نکنید؛ اینجا پس بگیرید. صفحه با اطلاعیه و دلیل می‌ماند." }, {
      date: dateTime({ label: { fa: "تاریخ پس‌گرفتن", en: "withdrawal date" }, hint: "بعد از تاریخ انتشار خبر" }),
      reason: text({ label: { fa: "دلیل پس‌گرفتن", en: "withdrawal reason" }, hint: "چرا خبر پس گرفته شد", example: "اطلاعات خبر نادرست بود", multiline: true }, 1, 400),
    })),
  };
}

/**
 * The front matter as a zod schema (shape only: file existence, dates' calendar and code
 * uniqueness are the loader's). With `vocab`, county and topics are enums of `_data/`'s keys.
 */
export function releaseSchema(vocab?: VocabularyKeys): z.ZodObject {
  return z.strictObject(releaseShape(vocab));
}

/**
 * JSON Schema (draft 2020-12) of a release's front matter, for editors' YAML extensions
 * (e.g. `# yaml-language-server: $schema=…`): `z.toJSONSchema` of `releaseSchema(vocab)`, whose
 * fields' `.meta()` (label, hint, kind, …) it carries along.
 */
export function releaseJsonSchema(vocab: VocabularyKeys): Record<string, unknown> {
  const schema = z.toJSONSchema(releaseSchema(vocab), {
    target: "draft-2020-12",
    // The desk's metadata becomes the keywords editors show: description (Persian label — hint), examples.
    override: ({ jsonSchema }) => {
      const js = jsonSchema as Record<string, unknown>;
      if (js.kind === undefined) return;
      const label = js.label as Bilingual;
      js.description = `${label.fa} — ${String(js.hint)}`;
      if (js.example !== undefined) js.examples = [js.example];
      for (const k of ["kind", "label", "hint", "example", "multiline", "plain", "vocabulary", "accept"]) delete js[k];
    },
  }) as Record<string, unknown>;
  return { ...schema, title: "Release front matter — مشخصات خبر" };
}

interface Limits { minLength?: number; maxLength?: number; minItems?: number; maxItems?: number }

/** One field read back from its zod schema: `.optional()` → required, checks → min/max, `.meta()` → the rest. */
export function fieldOf(schema: z.ZodType): Field {
  const required = !(schema instanceof z.ZodOptional);
  const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
  const meta = inner.meta() as unknown as FieldMeta;
  const base = { ...meta, required };
  switch (meta.kind) {
    case "text": {
      const js = z.toJSONSchema(inner) as Limits;
      return { ...base, kind: "text", min: js.minLength ?? 0, max: js.maxLength ?? Infinity } as TextField;
    }
    case "terms": {
      const js = z.toJSONSchema(inner) as Limits;
      return { ...base, kind: "terms", min: js.minItems ?? 0, max: js.maxItems ?? Infinity } as TermsField;
    }
    case "object":
      return { ...base, kind: "object", fields: fieldsOf((inner as z.ZodObject).shape) } as ObjectField;
    case "list":
      return { ...base, kind: "list", fields: fieldsOf(((inner as z.ZodArray).element as z.ZodObject).shape) } as ListField;
    default:
      return base as Field;
  }
}

/** Every field of a zod object shape, read back with `fieldOf`, in the shape's order. */
export function fieldsOf<Sh extends Record<string, z.ZodType>>(shape: Sh): FieldsOf<Sh> {
  return Object.fromEntries(Object.entries(shape).map(([name, s]) => [name, fieldOf(s)])) as FieldsOf<Sh>;
}

/** Every front-matter key, in the order files are written: read back from the zod schema. */
export const RELEASE_FIELDS = fieldsOf(releaseShape());

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
    fa: `باید فهرستی از ${toPersianDigits(t.min)} تا ${toPersianDigits(t.max)} موضوع باشد، مثلاً ${example}`,
    en: `must be a list of ${t.min}–${t.max} topics, e.g. ${example}`,
  };
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

/**
 * The README's front-matter table head and one row per field: name, type, required (yes/no).
 * `fields`: the fields read back from the zod schema (tests pass a changed one).
 */
export function frontMatterTable(fields: Record<string, Field> = RELEASE_FIELDS): string[] {
  return [
    "| Name | Type | Required | Description |",
    "|---|---|---|---|",
    ...Object.entries(fields).map(([name, f]) => `| \`${name}\` | ${typeCell(f)} | ${f.required ? "yes" : "no"} |`),
  ];
}
