import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { cmsConfig, releaseFields } from "../../src/admin-build/cms-config.ts";
import { schemaFileText } from "../../src/content/schema-cli.ts";
import { readVocabulary } from "../../src/content/load-releases.ts";
import { z } from "zod";
import { fieldsOf as readFields, frontMatterTable, lengthMessage, RELEASE_FIELDS, RELEASE_KEYS, releaseJsonSchema, releaseSchema, type Field } from "../../src/content/schema.ts";

import { validateRelease } from "../../src/content/validate.ts";
import { allowedExtensions } from "../../src/content/file-kind.ts";

const root = process.cwd();
const dataDir = path.join(root, "_data");
const vocab = readVocabulary(dataDir);
const keys = { topics: Object.keys(vocab.topics), counties: Object.keys(vocab.counties) };

test("schema :: docs/release.schema.json is the JSON Schema generated from the schema (npm run schema)", () => {
  assert.is(readFileSync(path.join(root, "docs/release.schema.json"), "utf8"), schemaFileText(dataDir));
});

test("schema :: README's front-matter table lists every field with the schema's type and required", () => {
  const readme = readFileSync(path.join(root, "README.md"), "utf8").split("\n");
  const start = readme.indexOf("| Name | Type | Required | Description |");
  assert.ok(start > 0, "README has the front-matter table");
  const rows = readme.slice(start).filter((l, i) => i < 2 || l.startsWith("| `"));
  const table = rows.slice(0, RELEASE_KEYS.length + 2);
  const expected = frontMatterTable();
  assert.is(table.length, expected.length, "one row per field");
  table.forEach((row, i) => {
    const want = expected[i] as string;
    assert.ok(row.startsWith(i === 0 ? want : want.replace(/\|$/, "")), `README row ${i}: ${row}\n  expected to start with: ${want}`);
  });
});

function fieldsOf(list: Record<string, unknown>[]): Map<string, Record<string, unknown>> {
  return new Map(list.map((f) => [String(f.name), f]));
}

function assertCmsField(name: string, field: Field, cms: Record<string, unknown> | undefined, dotted: string): void {
  assert.ok(cms, `the desk has a field for ${dotted}`);
  if (!cms) return;
  assert.is(cms.label, field.label.fa, `${dotted}: label`);
  assert.is(cms.required, field.required, `${dotted}: required`);
  assert.is(cms.hint, field.hint, `${dotted}: hint`);
  if (field.kind === "text") assert.is(cms.schema_field, dotted, `${dotted}: the desk checks it with the schema's text rule`);
  if (field.kind === "term" || field.kind === "terms") {
    const options = cms.options as { label: string; value: string }[];
    assert.equal(options.map((o) => o.value), keys[field.vocabulary], `${dotted}: every key of _data/${field.vocabulary}.json`);
    assert.equal(options.map((o) => o.label), Object.values(vocab[field.vocabulary]).map((t) => t.name), `${dotted}: Persian labels`);
  }
  if (field.kind === "boolean") assert.is(cms.default, field.default, `${dotted}: default`);
  if (field.kind === "object" || field.kind === "list") {
    const sub = fieldsOf(cms.fields as Record<string, unknown>[]);
    assert.equal([...sub.keys()], Object.keys(field.fields), `${dotted}: sub-fields`);
    for (const [k, f] of Object.entries(field.fields)) assertCmsField(k, f, sub.get(k), `${dotted}.${k}`);
  }
}

test("schema :: the desk's form has every schema field, with its label, hint, required, choices and default", () => {
  const form = fieldsOf(releaseFields(vocab));
  for (const [name, field] of Object.entries(RELEASE_FIELDS)) assertCmsField(name, field, form.get(name), name);
  assert.equal([...form.keys()].filter((k) => !(RELEASE_KEYS as string[]).includes(k)), ["filename", "year", "body"], "only the file name, year folder and body are extra");
  assert.is(RELEASE_FIELDS.draft.default, true, "a new release is a draft");
});

test("schema :: two views of the releases folder: drafts (new releases start there) and published", () => {
  const { config } = cmsConfig(dataDir);
  const collections = config.collections as Record<string, unknown>[];
  assert.equal(collections.map((c) => [c.name, c.folder, c.filter, c.create]), [
    ["drafts", "releases", { field: "draft", value: true }, true],
    ["published", "releases", { field: "draft", value: [false, null] }, false],
  ]);
});

const base = {
  code: 16, title: "بهسازی استخر کارگران کازرون آغاز شد", lead: "عملیات بهسازی استخر مجموعهٔ ورزشی کارگران کازرون آغاز شد و تا پایان سال ادامه دارد.",
  date: "1404-06-25 10:30", topics: ["employment"],
};
const SHAPES: [string, Record<string, unknown>, boolean][] = [
  ["valid", base, true],
  ["short title", { ...base, title: "کوتاه" }, false],
  ["long kicker", { ...base, kicker: "ک".repeat(81) }, false],
  ["six topics", { ...base, topics: ["employment", "cooperatives", "labour-relations", "social-welfare", "insurance", "entrepreneurship"] }, false],
  ["no topics", { ...base, topics: [] }, false],
  ["unknown county", { ...base, county: "tehran" }, false],
  ["unknown key", { ...base, titel: "x" }, false],
  ["draft not boolean", { ...base, draft: "yes" }, false],
  ["Persian code", { ...base, code: "۱۶" }, true],
  ["missing lead", { ...base, lead: undefined }, false],
];

test("schema :: the zod schema and the loader agree on what a front matter may hold", () => {
  const schema = releaseSchema(keys);
  for (const [name, data, ok] of SHAPES) {
    const clean = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
    assert.is(schema.safeParse(clean).success, ok, `zod: ${name}`);
    const { problems } = validateRelease(
      { file: "releases/1404/0016-x.md", absPath: path.join(root, "releases/1404/0016-x.md"), data: clean, body: "متن" },
      { vocabulary: vocab, mediaDir: path.join(root, "media") },
    );
    assert.is(problems.length === 0, ok, `loader: ${name}: ${problems.map((p) => p.en).join("; ")}`);
  }
});

test("schema :: changing a zod check changes RELEASE_FIELDS, the README table, the desk's form and its messages", () => {
  const shape = releaseSchema().shape as Record<string, z.ZodType>;
  const meta = (name: string) => (shape[name] as z.ZodType).meta() as Record<string, unknown>;
  const changed = readFields({
    ...shape,
    title: z.string().min(5).max(60).meta(meta("title")),
    kicker: (shape.kicker as z.ZodOptional<z.ZodString>).unwrap(), // now required
    topics: z.array(z.string()).min(2).max(3).meta(meta("topics")),
  });
  const title = changed.title as Extract<Field, { kind: "text" }>;
  const topics = changed.topics as Extract<Field, { kind: "terms" }>;
  assert.equal([title.min, title.max, topics.min, topics.max], [5, 60, 2, 3]);
  assert.equal([RELEASE_FIELDS.title.min, RELEASE_FIELDS.title.max, RELEASE_FIELDS.topics.min, RELEASE_FIELDS.topics.max], [10, 120, 1, 5]);
  assert.is(title.label.fa, "تیتر", "the metadata travels with the schema");
  assert.is(lengthMessage(title, 3).fa, "تیتر 3 نویسه دارد؛ باید بین 5 تا 60 نویسه باشد");
  assert.ok(frontMatterTable(changed).includes("| `kicker` | text | yes |"));
  assert.ok(frontMatterTable().includes("| `kicker` | text | no |"));
  const kicker = releaseFields(vocab, changed).find((f) => f.name === "kicker");
  assert.is(kicker?.required, true, "the desk's form follows");
  assert.is(releaseFields(vocab).find((f) => f.name === "kicker")?.required, false);
});

test("schema :: the JSON Schema's lengths, counts and required lists are RELEASE_FIELDS' (both from the zod schema)", () => {
  interface Js { properties?: Record<string, Js>; items?: Js; required?: string[]; minLength?: number; maxLength?: number; minItems?: number; maxItems?: number }
  const walk = (fields: Record<string, Field>, js: Js, at: string): void => {
    assert.equal(js.required ?? [], Object.entries(fields).filter(([, f]) => f.required).map(([k]) => k), `${at}: required`);
    for (const [name, f] of Object.entries(fields)) {
      const p = js.properties?.[name] as Js;
      if (f.kind === "text") assert.equal([p.minLength, p.maxLength], [f.min, f.max], `${at}${name}: length`);
      if (f.kind === "terms") assert.equal([p.minItems, p.maxItems], [f.min, f.max], `${at}${name}: count`);
      if (f.kind === "object") walk(f.fields, p, `${name}.`);
      if (f.kind === "list") walk(f.fields, p.items as Js, `${name}[].`);
    }
  };
  walk(RELEASE_FIELDS, releaseJsonSchema(keys) as Js, "");
});

test.run();

test("schema :: regression: the desk's upload fields accept exactly the extensions the loader allows", () => {
  const image = RELEASE_FIELDS.image as Extract<Field, { kind: "object" }>;
  const attachments = RELEASE_FIELDS.attachments as Extract<Field, { kind: "list" }>;
  const accept = (f: Field | undefined) => (f as Extract<Field, { kind: "file" }>).accept?.split(",");
  assert.equal(accept(image.fields.src), allowedExtensions("image"));
  assert.equal(accept(attachments.fields.src), allowedExtensions("attachment"));
});
