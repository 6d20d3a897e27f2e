import yaml from "js-yaml";
import { RELEASE_KEYS } from "../content/schema.ts";

/** Fields of the desk's forms that are not front matter: the file name and year folder live in the path. */
const FORM_ONLY = new Set(["filename", "year", "body"]);

function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === "") return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === "object") return Object.values(v as object).every(isEmpty);
  return false;
}

/** Drop empty optional values, recursively, so a file holds only what was written. */
function clean(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(clean).filter((x) => !isEmpty(x));
  if (v && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) if (!isEmpty(x)) out[k] = clean(x);
    return out;
  }
  return typeof v === "string" ? v.replace(/\r\n?/g, "\n").trim() : v;
}

/**
 * A release as the desk writes it: YAML front matter with the keys in the schema's order, empty
 * optional fields left out, the body below. Read back with the YAML core schema, so dates stay the
 * text that was written (the loader reads them, src/content/parse-date.ts).
 * @example toReleaseFile({ code: 16, title: "…", topics: ["employment"], body: "متن" })
 *   → "---\ncode: 16\ntitle: …\ntopics:\n  - employment\n---\nمتن\n"
 */
export function toReleaseFile(value: Record<string, unknown>): string {
  const front: Record<string, unknown> = {};
  for (const key of RELEASE_KEYS) if (!isEmpty(value[key])) front[key] = clean(value[key]);
  for (const [key, v] of Object.entries(value)) {
    if (!(key in front) && !FORM_ONLY.has(key) && !(RELEASE_KEYS as string[]).includes(key) && !isEmpty(v)) front[key] = clean(v);
  }
  const head = yaml.dump(front, { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true });
  const body = typeof value.body === "string" ? value.body.replace(/\r\n?/g, "\n").trim() : "";
  return `---\n${head}---\n${body}\n`;
}

/** A release file → the form's values (front matter keys and `body`). */
export function fromReleaseFile(text: string): Record<string, unknown> {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
  if (!m) return { body: text };
  const data = yaml.load(m[1] ?? "", { schema: yaml.CORE_SCHEMA });
  return { ...(data && typeof data === "object" ? data as Record<string, unknown> : {}), body: (m[2] ?? "").replace(/^\r?\n/, "") };
}
