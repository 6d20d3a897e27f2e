import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { readVocabulary } from "../content/load-releases.ts";
import type { Vocabulary } from "../content/release.ts";
import { RELEASE_FIELDS, type Field } from "../content/schema.ts";

/** `_data/cms.json`: where the desk signs in (docs/cms.md). Absent: the local-repository backend only. */
export interface CmsSettings {
  backend: Record<string, unknown>;
}

const LOCAL_ONLY: CmsSettings = {
  // Sveltia offers «work with a local repository» on localhost whatever the backend; with no forge
  // configured, the GitHub backend is a placeholder that is never reached (docs/cms.md).
  backend: { name: "github", repo: "example/newsroom", branch: "main" },
};

/** Read `_data/cms.json`, or the local-only settings when there is none. */
export function readCmsSettings(dataDir: string): CmsSettings {
  const file = path.join(dataDir, "cms.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as CmsSettings) : LOCAL_ONLY;
}

type Json = Record<string, unknown>;

/** What /admin/config.json holds. */
export interface DeskConfig {
  /** Sveltia CMS's configuration. */
  config: Json;
  /** Persian names of topic and county keys, for the preview. */
  vocabulary: { topics: Record<string, string>; counties: Record<string, string> };
  /** `_data/retired-codes.json`: codes never to give again (already public in the repository). */
  retiredCodes: number[];
}

function readRetiredCodes(dataDir: string): number[] {
  const file = path.join(dataDir, "retired-codes.json");
  const list: unknown = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : [];
  return Array.isArray(list) ? list.filter((c): c is number => Number.isSafeInteger(c)) : [];
}

function options(terms: Record<string, { name: string }>): { label: string; value: string }[] {
  return Object.entries(terms).map(([value, { name }]) => ({ label: name, value }));
}

/** One schema field as a Sveltia field; `name` is the dotted path for the desk's text checks. */
function cmsField(name: string, field: Field, vocab: Vocabulary, dotted: string): Json {
  const base: Json = { name, label: field.label.fa, hint: field.hint, required: field.required };
  switch (field.kind) {
    case "code":
      return { ...base, widget: "newsroom-code" };
    case "text":
      return { ...base, widget: "newsroom-text", schema_field: dotted };
    case "datetime":
      return { ...base, widget: "newsroom-jalali", default_now: dotted === "date" };
    case "boolean":
      return { ...base, widget: "boolean", default: field.default };
    case "term":
      return { ...base, widget: "select", options: options(vocab[field.vocabulary]) };
    case "terms":
      return { ...base, widget: "newsroom-topics", options: options(vocab[field.vocabulary]) };
    case "file":
      return { ...base, widget: dotted === "image.src" ? "image" : "file", accept: field.accept, choose_url: false };
    case "object":
      return { ...base, widget: "object", collapsed: false, fields: subFields(field.fields, vocab, dotted) };
    case "list":
      return { ...base, widget: "list", collapsed: false, fields: subFields(field.fields, vocab, dotted) };
  }
}

function subFields(fields: Record<string, Field>, vocab: Vocabulary, parent: string): Json[] {
  return Object.entries(fields).map(([name, f]) => cmsField(name, f, vocab, `${parent}.${name}`));
}

/**
 * The release form: every schema field, the file name after the title, the body last. `schema`:
 * the fields read back from the zod schema (tests pass a changed one).
 */
export function releaseFields(vocab: Vocabulary, schema: Record<string, Field> = RELEASE_FIELDS): Json[] {
  const fields = Object.entries(schema).map(([name, f]) => cmsField(name, f, vocab, name));
  const filename: Json = {
    name: "filename", label: "نام پرونده (لاتین)", widget: "newsroom-filename", required: true,
    hint: "چند واژهٔ انگلیسی با حروف کوچک و خط تیره، مثلاً kazerun-pool. نام کامل پرونده زیر خانه دیده می‌شود. فقط برای خبر تازه.",
  };
  const year: Json = { name: "year", label: "پوشهٔ سال", widget: "newsroom-year", required: false, hint: "از تاریخ انتشار" };
  const at = fields.findIndex((f) => f.name === "title") + 1;
  fields.splice(at, 0, filename, year);
  fields.push({ name: "body", label: "متن خبر", widget: "markdown", required: true, hint: "متن کامل خبر؛ بند به بند.",
    buttons: ["bold", "italic", "link", "heading-three", "bulleted-list", "numbered-list", "quote"], editor_components: [] });
  return fields;
}

/**
 * The Sveltia CMS configuration of the desk, derived from the schema (src/content/schema.ts) and
 * `_data/` (topics and counties with their Persian names, the backend from `cms.json`).
 * Two views of the same folder: drafts (the review queue, where new releases start) and published.
 */
export function cmsConfig(dataDir: string): DeskConfig {
  const vocab = readVocabulary(dataDir);
  const fields = releaseFields(vocab);
  const collection = (name: string, label: string, draft: unknown, create: boolean, description: string): Json => ({
    name, label, label_singular: "خبر", description,
    folder: "releases", path: "{{fields.year}}/{{fields.filename}}", format: "newsroom-release", // .md, from the format
    filter: { field: "draft", value: draft }, create, delete: false,
    // Images and attachments beside the release file, under Latin names.
    media_folder: "", public_folder: "",
    identifier_field: "title", summary: "{{code}} — {{title}}",
    sortable_fields: { fields: ["code", "date", "title"], default: { field: "code", direction: "descending" } },
    fields,
  });
  const names = (t: Record<string, { name: string }>) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.name]));
  return {
    vocabulary: { topics: names(vocab.topics), counties: names(vocab.counties) },
    retiredCodes: readRetiredCodes(dataDir),
    config: {
      load_config_file: false,
      app_title: "میز تحریریه",
      logo: { src: "/admin/logo.svg" },
      ...readCmsSettings(dataDir),
      media_folder: "media",
      public_folder: "/media",
      slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
      media_libraries: { default: { config: { slugify_filename: true } } },
      output: { omit_empty_optional_fields: true },
      collections: [
        collection("drafts", "پیش‌نویس‌ها", true, true, "صف بررسی: خبرهایی که هنوز منتشر نمی‌شوند. خبر تازه اینجا ساخته می‌شود."),
        collection("published", "منتشرشده‌ها", [false, null], false, "خبرهای منتشرشده. برای اصلاح، اصلاحیه بنویسید؛ برای حذف، خبر را پس بگیرید."),
      ],
    },
  };
}
