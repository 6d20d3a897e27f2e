import { parseFrontMatter } from "../../content/front-matter.ts";

/** Paths of the prose values the lint may change; everything else must survive a fix unchanged. */
const PROSE = /^(?:title|kicker|lead|image\.caption|withdrawn\.reason|updates\.\d+\.note)$/;

/**
 * The front matter with its prose values blanked, as JSON: equal before and after a fix exactly
 * when the fix changed nothing but prose. Null when the front matter cannot be read (the loader's
 * one reader, content/front-matter.ts: YAML only, nothing is ever executed).
 * @example frontMatterSkeleton("---\ncode: 1\ntitle: تیتر\n---\n") → '{"code":1,"title":"…"}'
 */
export function frontMatterSkeleton(text: string): string | null {
  const parsed = parseFrontMatter(text);
  if (!parsed.ok) return null;
  const data: unknown = parsed.data;
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
