import { showInvisibles } from "./invisible.ts";

/**
 * One thing wrong with one release file, told in Persian and English.
 * Every problem names the file, the field, what was found and what is expected.
 */
export interface Problem {
  /** Path of the release file relative to the project root, with forward slashes. */
  file: string;
  /** Front-matter field (dotted for nested ones, e.g. `image.alt`), or `body` / `front matter`. */
  field: string;
  /** What was found, as written by the author; absent when the field is missing. */
  found?: string;
  /** 1-based line of the file, when the problem is on one line (front-matter syntax errors). */
  line?: number;
  /** What is expected, in Persian. */
  fa: string;
  /** What is expected, in English. */
  en: string;
  severity: "error" | "warning";
}

/** The longest quote a message carries, in characters. */
const QUOTE_MAX = 60;

/**
 * A text cut to at most `max` characters (an ellipsis marks the cut), on one line. Cuts before it
 * collapses white space, so a 20 MB value costs no more than a short one.
 * @example boundText("a  b", 60) → "a b"
 */
export function boundText(text: string, max = QUOTE_MAX): string {
  const head = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const one = head.replace(/\s+/g, " ").trim();
  return one.length > max || head.length < text.length ? `${one.slice(0, max - 1)}…` : one;
}

/**
 * JSON of a value, stopping once `budget` characters are written: a list of a million items or a
 * deeply nested value is never serialised whole just to quote its start.
 */
function boundedJson(value: unknown, budget: number): string {
  let out = "";
  const write = (v: unknown, depth: number): void => {
    if (out.length > budget) return;
    if (Array.isArray(v)) {
      out += "[";
      for (let i = 0; i < v.length && out.length <= budget; i++) {
        if (i > 0) out += ",";
        write(v[i], depth + 1);
      }
      out += "]";
    } else if (typeof v === "object" && v !== null && !(v instanceof Date)) {
      if (depth > 20) { out += "{…}"; return; }
      out += "{";
      let first = true;
      for (const k in v) {
        if (out.length > budget) break;
        if (!first) out += ",";
        first = false;
        out += `${JSON.stringify(boundText(k, budget))}:`;
        write((v as Record<string, unknown>)[k], depth + 1);
      }
      out += "}";
    } else if (typeof v === "string") out += JSON.stringify(v.length > budget ? v.slice(0, budget + 1) : v);
    else if (v instanceof Date) out += JSON.stringify(v.toISOString());
    else out += String(JSON.stringify(v) ?? v);
  };
  write(value, 0);
  return out;
}

/**
 * Quote a found value for a message: one line, at most 60 characters, bounded before it is
 * serialised; invisible characters are shown as `⟨U+200F⟩` so the quote never looks exactly like
 * a valid value.
 */
export function quoteFound(value: unknown): string {
  const text = typeof value === "string" ? value.slice(0, QUOTE_MAX * 4) + (value.length > QUOTE_MAX * 4 ? " …" : "")
    : value === undefined ? "" : boundedJson(value, QUOTE_MAX * 4);
  return boundText(showInvisibles(text));
}

/**
 * The two-line message a PR officer reads:
 * `releases/1404/0142-pool.md: date: «1404-06-25» ساعت ندارد؛ …`
 * `    «1404-06-25» has no time; …`
 */
export function formatProblem(p: Problem): string {
  const found = p.found === undefined ? "" : `«${p.found}» `;
  return `${p.file}${p.line === undefined ? "" : `:${p.line}`}: ${p.field}: ${found}${p.fa}\n    ${found}${p.en}`;
}

/** Thrown when any release is invalid; carries every problem of every file. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const errors = problems.filter((p) => p.severity === "error");
    super(
      `${errors.length} خطا در خبرها — ${errors.length} error(s) in releases:\n\n` +
        errors.map(formatProblem).join("\n\n"),
    );
    this.name = "ContentError";
    this.problems = problems;
  }
}
