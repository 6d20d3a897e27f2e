/**
 * Where the Persian prose of a release file is: the front-matter values the lint reads and the body.
 * Read line by line from the raw text (not from the parsed YAML) so that every warning has its
 * line and column in the file and every fix edits the file in place without rewriting the YAML.
 */
export interface Region {
  /** Field as the loader names it: `title`, `image.caption`, `updates[2].note`, `body`… */
  field: string;
  /** Offsets in the file text, end exclusive. */
  start: number;
  end: number;
  /** The body is Markdown; front-matter values are plain text. */
  markdown: boolean;
  /** Escapes of a quoted YAML scalar that must be left alone: `\"` (double) or `''` (single). */
  quoted?: "double" | "single";
}

/** Top-level keys whose value is prose. */
const TOP_TEXT = new Set(["title", "kicker", "lead"]);
/** Nested prose: parent key → child key. */
const NESTED_TEXT: Record<string, string> = { image: "caption", withdrawn: "reason", updates: "note" };

interface Line {
  start: number;
  /** End of the line's text, before `\n` (and a `\r`). */
  end: number;
  text: string;
}

function splitLines(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start < to) {
    let nl = text.indexOf("\n", start);
    if (nl === -1 || nl > to) nl = to;
    const end = nl > start && text[nl - 1] === "\r" ? nl - 1 : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    start = nl + 1;
  }
  return lines;
}

const indentOf = (s: string): number => s.length - s.trimStart().length;
const isBlank = (s: string): boolean => s.trim() === "";

/**
 * The regions of a release file that hold prose, in file order. A file without front matter has
 * none (the loader reports it). Flow-style values (`image: {caption: …}`), anchors and tags are
 * skipped: staff do not write them, and guessing their extent could corrupt the YAML on --fix.
 * @example findRegions("---\ntitle: تیتر\n---\nمتن")
 *   → [{ field: "title", start: 11, end: 15, markdown: false }, { field: "body", start: 20, end: 23, markdown: true }]
 */
export function findRegions(text: string): Region[] {
  const bom = text.startsWith("\uFEFF") ? 1 : 0;
  const open = /^---\r?\n/.exec(text.slice(bom, bom + 5));
  if (!open) return [];
  const fmStart = bom + open[0].length;
  // gray-matter ends the front matter at the first "\n---"; the body follows that line.
  const close = text.indexOf("\n---", fmStart - 1);
  const fmEnd = close === -1 ? text.length : close + 1;
  const regions = frontMatterRegions(text, splitLines(text, fmStart, fmEnd));
  if (close !== -1) {
    let bodyStart = close + 4;
    if (text[bodyStart] === "\r") bodyStart++;
    if (text[bodyStart] === "\n") bodyStart++;
    if (bodyStart < text.length) regions.push({ field: "body", start: bodyStart, end: text.length, markdown: true });
  }
  return regions;
}

const KEY_LINE = /^(\s*)(-\s+)?([A-Z_][\w-]*)\s*:(?=\s|$)/i;

function frontMatterRegions(text: string, lines: Line[]): Region[] {
  const regions: Region[] = [];
  let parent = "";
  let item = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (isBlank(line.text) || /^\s*#/.test(line.text)) continue;
    if (/^\s*-\s*$/.test(line.text)) {
      if (parent === "updates") item++;
      continue;
    }
    const m = KEY_LINE.exec(line.text);
    if (!m) continue;
    const [whole, indent = "", dash, key = ""] = m;
    const keyColumn = indent.length + (dash?.length ?? 0);
    let field: string | undefined;
    if (indent === "" && !dash) {
      parent = key;
      item = 0;
      if (TOP_TEXT.has(key)) field = key;
    } else {
      if (dash && parent === "updates") item++;
      if (NESTED_TEXT[parent] === key) field = parent === "updates" ? `updates[${Math.max(item, 1)}].note` : `${parent}.${key}`;
    }
    if (!field) continue;
    const parsed = scalarRegion(text, lines, i, line.start + whole.length, keyColumn);
    if (parsed.region) regions.push({ field, ...parsed.region });
    i = parsed.lastLine;
  }
  return regions;
}

/** The extent of one scalar value starting at `from` (just after `key:`) on line `i`. */
function scalarRegion(
  text: string, lines: Line[], i: number, from: number, keyColumn: number,
): { region?: Omit<Region, "field">; lastLine: number } {
  const line = lines[i] as Line;
  let start = from;
  while (start < line.end && (text[start] === " " || text[start] === "\t")) start++;
  const first = text[start];
  // Lines that belong to this value: more indented than its key, or blank.
  const continuation = (): number => {
    let last = i;
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j] as Line;
      if (isBlank(l.text)) continue;
      if (indentOf(l.text) <= keyColumn) break;
      last = j;
    }
    return last;
  };

  if (start >= line.end || first === "#") {
    // Empty here: a plain scalar may continue on the following, more indented lines.
    const last = plainEnd(lines, i, continuation());
    if (last === i) return { lastLine: i };
    const firstLine = lines[i + 1] as Line;
    return { region: { start: firstLine.start, end: trimEnd(text, (lines[last] as Line).end), markdown: false }, lastLine: last };
  }
  if (first === "|" || first === ">") {
    const last = continuation();
    if (last === i) return { lastLine: i };
    const firstLine = lines[i + 1] as Line;
    return { region: { start: firstLine.start, end: trimEnd(text, (lines[last] as Line).end), markdown: false }, lastLine: last };
  }
  if (first === '"' || first === "'") {
    const end = closingQuote(text, start + 1, first);
    if (end === -1) return { lastLine: i };
    let last = i;
    while (last + 1 < lines.length && (lines[last] as Line).end < end) last++;
    return {
      region: { start: start + 1, end, markdown: false, quoted: first === '"' ? "double" : "single" },
      lastLine: last,
    };
  }
  if ("[{&*!%@`".includes(first as string)) return { lastLine: continuation() };
  // Plain scalar: up to a comment (" #"), possibly over more indented lines.
  const last = plainEnd(lines, i, continuation());
  const endLine = lines[last] as Line;
  const comment = endLine.text.search(/\s#/);
  const end = comment === -1 || (last === i && line.start + comment < start) ? endLine.end : endLine.start + comment;
  return { region: { start, end: trimEnd(text, end), markdown: false }, lastLine: last };
}

/** A plain scalar stops before a comment line. */
function plainEnd(lines: Line[], i: number, last: number): number {
  for (let j = i + 1; j <= last; j++) {
    if (/^\s*#/.test((lines[j] as Line).text)) return j - 1;
  }
  return last;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /[ \t\r\n]/.test(text[end - 1] as string)) end--;
  return end;
}

/** Offset of the quote that closes a YAML quoted scalar, or -1. */
function closingQuote(text: string, from: number, quote: string): number {
  for (let k = from; k < text.length; k++) {
    const ch = text[k];
    if (quote === '"' && ch === "\\") {
      k++;
      continue;
    }
    if (ch === quote) {
      if (quote === "'" && text[k + 1] === "'") {
        k++;
        continue;
      }
      return k;
    }
  }
  return -1;
}
