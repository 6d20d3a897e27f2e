import matter from "gray-matter";
import yaml from "js-yaml";

/** The loader's YAML engine (load-releases.ts): no timestamp type, so dates stay text. */
const yamlEngine = (text: string): object => (yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {}) as object;

/** Paths of the prose values the lint may change; everything else must survive a fix unchanged. */
const PROSE = /^(?:title|kicker|lead|image\.caption|withdrawn\.reason|updates\.\d+\.note)$/;

/**
 * The front matter with its prose values blanked, as JSON: equal before and after a fix exactly
 * when the fix changed nothing but prose. Null when the front matter cannot be read.
 * @example frontMatterSkeleton("---\ncode: 1\ntitle: تیتر\n---\n") → '{"code":1,"title":"…"}'
 */
export function frontMatterSkeleton(text: string): string | null {
  let data: unknown;
  try {
    data = matter(text.replace(/^\uFEFF/, ""), { engines: { yaml: yamlEngine } }).data;
  } catch {
    return null;
  }
  const blank = (value: unknown, at: string): unknown => {
    if (PROSE.test(at) && typeof value === "string") return "…";
    if (Array.isArray(value)) return value.map((v, i) => blank(v, at ? `${at}.${i}` : String(i)));
    if (typeof value === "object" && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, blank(v, at ? `${at}.${k}` : k)]));
    }
    return value;
  };
  return JSON.stringify(blank(data, ""));
}
