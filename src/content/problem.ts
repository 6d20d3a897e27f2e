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
  /** What is expected, in Persian. */
  fa: string;
  /** What is expected, in English. */
  en: string;
  severity: "error" | "warning";
}

/** Quote a found value for a message, keeping it on one line and short. */
export function quoteFound(value: unknown): string {
  let text: string;
  if (typeof value === "string") text = value;
  else if (value === undefined) text = "";
  else if (value instanceof Date) text = value.toISOString();
  else text = JSON.stringify(value) ?? String(value);
  text = text.replace(/\s+/g, " ").trim();
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * The two-line message a PR officer reads:
 * `releases/1404/0142-pool.md: date: «1404-06-25» ساعت ندارد؛ …`
 * `    «1404-06-25» has no time; …`
 */
export function formatProblem(p: Problem): string {
  const found = p.found === undefined ? "" : `«${p.found}» `;
  return `${p.file}: ${p.field}: ${found}${p.fa}\n    ${found}${p.en}`;
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
