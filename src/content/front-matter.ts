/**
 * The one front-matter reader of the project: the build's loader, `check`, `check --fix` and
 * `new` all read release files through `readReleaseFile` / `parseFrontMatter`.
 *
 * - Bytes: UTF-8 only (a BOM is fine); UTF-16, Windows-1256 and other encodings are named.
 * - Fences: the first line is exactly `---`. gray-matter's engine switches (`---js`, `---json`,
 *   `---coffee`, `--- javascript`) are refused here, so no front matter is ever executed.
 * - YAML 1.2 core schema: dates stay text, duplicate keys are errors, anchors are refused as soon
 *   as one is read (an alias needs an anchor, so an alias bomb stops at its first line).
 *   Valid files are read by js-yaml (about ten times faster than the `yaml` package, which matters
 *   at 10,000 releases); a file js-yaml refuses is read again by the `yaml` package, whose error
 *   codes and token tree say exactly what went wrong and where.
 * - A ` #` comment on the line of a text field is an error, never a silently shortened title.
 * - Errors name the real file line and say in plain Persian what to type instead.
 */
import { readFileSync } from "node:fs";
import matter from "gray-matter";
import yaml from "js-yaml";
import { Composer, CST, isAlias, isNode, Parser, visit, type Document } from "yaml";
import { stripMarks } from "./invisible.ts";
import { boundText } from "./problem.ts";

/** One reason a file's front matter cannot be read; `line` is the 1-based line of the file. */
export interface ReadError {
  field: string;
  line?: number;
  found?: string;
  fa: string;
  en: string;
}

export type FrontMatter =
  | { ok: true; data: Record<string, unknown>; body: string; text: string }
  /** `partial`: the top-level values that could be read despite the error (for `new`'s code scan). */
  | { ok: false; error: ReadError; text?: string; partial?: Record<string, unknown> };

const SAVE_AS_UTF8_FA = "پرونده را با کدگذاری UTF-8 ذخیره کنید: در Notepad از منوی File گزینهٔ Save As را بزنید و پایین پنجره Encoding را UTF-8 بگذارید";
const SAVE_AS_UTF8_EN = "save the file as UTF-8: in Notepad, File → Save As, then Encoding: UTF-8";

function encodingError(faName: string, enName: string): ReadError {
  return {
    field: "encoding",
    fa: `پرونده با کدگذاری ${faName} ذخیره شده و خوانده نمی‌شود؛ ${SAVE_AS_UTF8_FA}`,
    en: `the file is saved as ${enName}, not UTF-8; ${SAVE_AS_UTF8_EN}`,
  };
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });
const WINDOWS_1256 = new TextDecoder("windows-1256");

/**
 * The text of a release file's bytes, which must be UTF-8 (a leading BOM is dropped). Anything
 * else is an error that names the encoding it looks like. Detection written by hand: BOMs, the
 * NUL pattern of UTF-16 and the Arabic letters Windows-1256 decodes to are all it takes.
 * @example decodeRelease(Buffer.from([0xff, 0xfe, 0x2d, 0])) → { ok: false, error: { field: "encoding", … } }
 */
export function decodeRelease(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: ReadError } {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe) {
    return c === 0 && d === 0
      ? { ok: false, error: encodingError("UTF-32", "UTF-32") }
      : { ok: false, error: encodingError("UTF-16 (در Notepad: Unicode)", "UTF-16 LE (Notepad: “Unicode”)") };
  }
  if (a === 0xfe && b === 0xff) return { ok: false, error: encodingError("UTF-16 BE (در Notepad: Unicode big endian)", "UTF-16 BE (Notepad: “Unicode big endian”)") };
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) {
    let evenNul = 0;
    let oddNul = 0;
    for (let i = 0; i < head.length; i++) {
      if (head[i] !== 0) continue;
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    }
    if (oddNul > head.length / 8 && oddNul > evenNul * 4) return { ok: false, error: encodingError("UTF-16 (در Notepad: Unicode)", "UTF-16 LE without a BOM") };
    if (evenNul > head.length / 8 && evenNul > oddNul * 4) return { ok: false, error: encodingError("UTF-16 BE", "UTF-16 BE without a BOM") };
    return { ok: false, error: { field: "encoding", fa: `پرونده نویسهٔ تهی (NUL) دارد و پروندهٔ متنی نیست؛ ${SAVE_AS_UTF8_FA}`, en: `the file contains NUL bytes and is not a text file; ${SAVE_AS_UTF8_EN}` } };
  }
  const start = a === 0xef && b === 0xbb && c === 0xbf ? 3 : 0;
  try {
    return { ok: true, text: UTF8.decode(bytes.subarray(start)) };
  } catch {
    // Not UTF-8: say which Windows code page it looks like.
    const high = bytes.filter((x) => x >= 0x80).length;
    const arabic = [...WINDOWS_1256.decode(bytes)].filter((ch) => /[\u0600-\u06FF]/.test(ch)).length;
    return arabic >= high / 2
      ? { ok: false, error: encodingError("Windows-1256 (عربی ویندوز)", "Windows-1256 (Arabic Windows)") }
      : { ok: false, error: encodingError("دیگری جز UTF-8 (شاید Windows-1252)", "an encoding other than UTF-8 (perhaps Windows-1252)") };
  }
}

/** Where the front matter is in a file's text. */
interface Split {
  /** The text between the fences. */
  yaml: string;
  body: string;
}

/**
 * gray-matter splits the file; every engine it knows is refused (the first line was already checked
 * to be exactly `---`, so this is a second lock) and the YAML engine only lets the raw text through:
 * the front matter is parsed below, never by gray-matter, so nothing in a release is ever executed.
 */
const refuseEngine = (): never => {
  throw new Error("front matter is read as YAML only");
};
const GRAY_MATTER = {
  language: "yaml",
  engines: { yaml: () => ({}), js: refuseEngine, javascript: refuseEngine, json: refuseEngine, coffee: refuseEngine, coffeescript: refuseEngine, cson: refuseEngine },
};

const ENGINE_FA = "خط اول پرونده باید فقط --- باشد و چیزی پس از آن نیاید؛ مشخصات خبر فقط به شکل «کلید: مقدار» خوانده می‌شود و هیچ کدی اجرا نمی‌شود";
const ENGINE_EN = "the first line must be exactly ---; the front matter is read as YAML only, never as JavaScript, JSON or CoffeeScript";

/**
 * The front matter between the first line `---` and the next line starting with `---` (the rule the
 * lint's regions.ts follows too), or an error: no fences, or a fence naming another language.
 */
function splitFences(text: string): Split | ReadError {
  const first = /^([^\n]*?)\r?(?:\n|$)/.exec(text)?.[1] ?? "";
  if (/^---[ \t]*$/.test(first) && text.length > first.length) {
    if (text.indexOf("\n---", text.indexOf("\n")) === -1) {
      return {
        field: "front matter", line: 1,
        fa: "خط --- پایان مشخصات خبر پیدا نشد؛ پس از آخرین مشخصه یک خط --- بگذارید و متن خبر را زیر آن بنویسید",
        en: "the closing --- line of the front matter is missing; put a --- line after the last field and the body below it",
      };
    }
    // gray-matter finds the fences and the body; its `matter` is the raw text after the opening
    // line (which starts with that line's end) and before the newline of the closing one.
    const file = matter(text, GRAY_MATTER);
    return { yaml: `${file.matter.replace(/^[ \t]*\r?\n/, "")}\n`, body: file.content };
  }
  if (/^---/.test(first)) return { field: "front matter", line: 1, found: boundText(first), fa: ENGINE_FA, en: ENGINE_EN };
  return {
    field: "front matter",
    fa: "پرونده باید با خط --- و مشخصات خبر (کد، تیتر، تاریخ…) شروع شود",
    en: "the file must start with a --- line and the release fields (code, title, date…)",
  };
}

/** Persian names of the text fields, for the messages about them. */
function faFieldName(field: string): { fa: string; en: string } {
  const last = field.replace(/\[\d+\]/g, "").split(".");
  const key = last.join(".");
  const names: Record<string, [string, string]> = {
    title: ["تیتر", "title"], kicker: ["روتیتر", "kicker"], lead: ["لید", "lead"],
    "image.alt": ["متن جایگزین تصویر", "image alt text"], "image.caption": ["زیرنویس تصویر", "image caption"],
    "attachments.title": ["عنوان پیوست", "attachment title"], "updates.note": ["شرح اصلاحیه", "update note"],
    "withdrawn.reason": ["دلیل پس‌گرفتن", "withdrawal reason"],
  };
  const n = names[key];
  return n ? { fa: n[0], en: n[1] } : { fa: `مقدار ${field}`, en: `the value of ${field}` };
}

/** Text fields: a ` #` on their line would silently cut them. */
const TEXT_FIELD = /^(?:title|kicker|lead|image\.(?:alt|caption)|attachments\[\d+\]\.title|updates\[\d+\]\.note|withdrawn\.reason)$/;

/** 1-based line of an offset within a text. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** The value of a line after `key:`, as typed, for a quoted suggestion. */
function lineValue(line: string): string {
  return line.replace(/^[^:]*:\s*/, "").trim();
}

/** `title: "…"` with the value quoted for YAML (JSON strings are valid YAML double-quoted scalars). */
function quoted(key: string, value: string): string {
  return `${key}: ${JSON.stringify(boundText(value, 120))}`;
}

/**
 * A ` #` on the line of a text field: YAML reads the rest of the line as a comment. Found by
 * walking the parser's token tree, which keeps every comment with its offset.
 */
function findCutComments(yaml: string, tokens: readonly CST.Token[], lineOffset: number): ReadError | undefined {
  const lines = yaml.split("\n");
  let found: ReadError | undefined;
  const walk = (token: CST.Token | undefined, at: string): void => {
    if (found || !token) return;
    if (token.type === "document") return walk(token.value, at);
    if (token.type === "block-seq") {
      token.items.forEach((item, i) => walk(item.value, `${at}[${i + 1}]`));
      return;
    }
    if (token.type !== "block-map") return;
    for (const item of token.items) {
      if (found) return;
      const key = item.key && CST.isScalar(item.key) ? item.key.source : undefined;
      if (key === undefined) continue;
      const field = at ? `${at}.${key}` : key;
      if (TEXT_FIELD.test(field)) {
        const inSep = item.sep?.find((t) => t.type === "comment");
        const value = item.value;
        const inEnd = value && "end" in value ? value.end?.find((t) => t.type === "comment") : undefined;
        const comment = inSep && !value ? inSep : inEnd;
        if (comment) {
          const line = lineAt(yaml, comment.offset);
          const text = lines[line - 1] ?? "";
          const name = faFieldName(field);
          const whole = lineValue(text);
          const fix = quoted(key, whole);
          found = inSep && !value
            ? {
              field, line: line + lineOffset, found: boundText(whole),
              fa: `${name.fa} با # شروع شده و چنین خطی یادداشت خوانده می‌شود، پس ${name.fa} خالی می‌ماند (خط ${line + lineOffset})؛ ${name.fa} را داخل گیومه بگذارید: ${fix}`,
              en: `the ${name.en} starts with #, which makes the line a comment and the ${name.en} empty (line ${line + lineOffset}); put it in quotes: ${fix}`,
            }
            : {
              field, line: line + lineOffset, found: boundText(whole),
              fa: `در خط ${line + lineOffset} پس از فاصله نشانهٔ # آمده و باقی ${name.fa} از آنجا به بعد دور ریخته می‌شود؛ ${name.fa} را داخل گیومه بگذارید: ${fix}`,
              en: `on line ${line + lineOffset} a # after a space starts a comment and the rest of the ${name.en} is dropped; put it in quotes: ${fix}`,
            };
          return;
        }
      }
      walk(item.value, field);
    }
  };
  for (const token of tokens) walk(token, "");
  return found;
}

/** A line where a value holds an unquoted `: ` (or ends with `:`), e.g. `title: مدیرکل: …`. */
const COLON_IN_VALUE = /^\s*(?:-\s+)?[\w-]+:[ \t]+(?![ \t"'[{|>&*!])(?=.*?(?::[ \t]|:$))/;

/** The first line opening a quote (or bracket) it does not close. */
function firstUnclosed(lines: string[], open: RegExp, isClosed: (rest: string) => boolean): number | undefined {
  for (let i = 0; i < lines.length; i++) {
    const m = open.exec(lines[i] ?? "");
    if (m && !isClosed((lines[i] ?? "").slice(m.index + m[0].length))) return i + 1;
  }
  return undefined;
}

/** What `flowValue` found: the file line, the key, its dotted field name, its parent and the whole value. */
interface FlowHit { line: number; key: string; field: string; parent?: string; value: string }

/**
 * A value inside a one-line flow collection (`- {src: ./a.pdf, title: …}`, `image: {alt: …}`) that
 * `locate` finds at fault: `at` is the offending character in the text after the opening bracket,
 * `end` where the value ends. Returns the line, the key whose value it is, its dotted field name
 * (`attachments[2].title`) and the whole value as typed.
 */
function flowValue(lines: string[], open: "[" | "{", locate: (rest: string) => { at: number; end: number } | undefined): FlowHit | undefined {
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] ?? "";
    const start = text.indexOf(open);
    if (start === -1 || !/^\s*(?:-\s*|[\w-]+:\s*)$/.test(text.slice(0, start))) continue;
    const rest = text.slice(start + 1);
    const hit = locate(rest);
    if (!hit) continue;
    const before = rest.slice(0, hit.at);
    const segment = before.slice(before.lastIndexOf(",") + 1);
    const colon = segment.indexOf(":");
    const key = colon === -1 ? "" : segment.slice(0, colon).trim();
    const value = `${segment.slice(colon + 1)}${rest.slice(hit.at, hit.end)}`.trim();
    // The parent: `image: {…}` on this line, or the nearest less-indented `attachments:` above a `- {…}`.
    const own = /^\s*([\w-]+):/.exec(text)?.[1];
    const indent = text.search(/\S/);
    let parent = own;
    let index = 0;
    if (!own) {
      for (let j = i; j >= 0; j--) {
        const above = lines[j] ?? "";
        const m = /^(\s*)([\w-]+):\s*$/.exec(above);
        if (m && (m[1] ?? "").length < indent) {
          parent = `${m[2]}[${index}]`;
          break;
        }
        if (above.search(/\S/) === indent && above.trimStart().startsWith("-")) index++;
      }
    }
    return { line: i + 1, key: key || "title", field: parent ? `${parent}.${key}` : key, ...(parent ? { parent } : {}), value };
  }
  return undefined;
}

/**
 * A ` #` inside a one-line flow collection (`- {src: ./a.pdf, title: گزارش #۲}`): YAML reads the
 * rest of the line, the closing bracket too, as a comment, and then says the bracket is unclosed.
 */
function flowCutComment(lines: string[], open: "[" | "{", close: string): FlowHit | undefined {
  return flowValue(lines, open, (rest) => {
    const hash = rest.search(/[ \t]#/);
    if (hash === -1 || rest.slice(0, hash).includes(close)) return undefined;
    const end = rest.lastIndexOf(close);
    return { at: hash, end: end === -1 ? rest.length : end };
  });
}

/** An unquoted `: ` inside a value of a one-line `{…}`: `- {src: ./a.pdf, title: گزارش: کارگروه}`. */
function flowColon(lines: string[]): FlowHit | undefined {
  return flowValue(lines, "{", (rest) => {
    const close = rest.indexOf("}");
    const inside = close === -1 ? rest : rest.slice(0, close);
    let from = 0;
    for (const segment of inside.split(",")) {
      const first = segment.search(/:[ \t]/);
      const after = first === -1 ? "" : segment.slice(first + 1);
      const second = after.search(/:(?:[ \t]|$)/);
      if (second !== -1 && !/^\s*["']/.test(after)) return { at: from + first + 1 + second, end: from + segment.length };
      from += segment.length + 1;
    }
    return undefined;
  });
}

/**
 * A YAML library error turned into what went wrong, on which line of the file, and what to type.
 * The common mistakes get their own message; the rest a plain one with the line.
 */
function explain(yaml: string, code: string, message: string, offset: number, lineOffset: number): ReadError {
  const lines = yaml.split("\n");
  const fileLine = (l: number) => l + lineOffset;
  const at = lineAt(yaml, offset);
  const keyOf = (l: number) => /^\s*(?:-\s+)?([^:\s]+)\s*:/.exec(lines[l - 1] ?? "")?.[1];
  const field = (l: number) => keyOf(l) ?? "front matter";
  if (code === "TAB_AS_INDENT" || /\t/.test((lines[at - 1] ?? "").match(/^\s*/)?.[0] ?? "")) {
    const l = lines.findIndex((s) => /^ *\t/.test(s)) + 1 || at;
    return {
      field: field(l), line: fileLine(l), found: boundText(lines[l - 1] ?? ""),
      fa: `خط ${fileLine(l)} با نویسهٔ Tab جلو رفته؛ برای تورفتگی فقط فاصله (Space) بزنید، مثلاً دو فاصله پیش از ${keyOf(l) ?? "src"}:`,
      en: `line ${fileLine(l)} is indented with a tab; indent with spaces only, e.g. two spaces before ${keyOf(l) ?? "src"}:`,
    };
  }
  if (code === "DUPLICATE_KEY") {
    const key = keyOf(at) ?? "";
    const first = lines.findIndex((s, i) => i < at - 1 && keyOf(i + 1) === key && s.search(/\S/) === (lines[at - 1] ?? "").search(/\S/)) + 1;
    return {
      field: key || "front matter", line: fileLine(at), found: key,
      fa: `مشخصهٔ «${key}» دو بار آمده${first ? ` (خط ${fileLine(first)} و خط ${fileLine(at)})` : ` (خط ${fileLine(at)})`}؛ هر مشخصه یک بار نوشته می‌شود: یکی را پاک کنید`,
      en: `the key “${key}” appears twice${first ? ` (lines ${fileLine(first)} and ${fileLine(at)})` : ` (line ${fileLine(at)})`}; each key is written once: delete one`,
    };
  }
  if (code === "MISSING_CHAR" && /quote/.test(message)) {
    const q = message.includes("\"") ? "\"" : "'";
    const l = firstUnclosed(lines, q === "\"" ? /:\s*"/ : /:\s*'/, (rest) => (q === "\"" ? /(?:^|[^\\])"/.test(rest) : rest.includes("'"))) ?? at;
    const value = lineValue(lines[l - 1] ?? "").replace(/^["']/, "");
    return {
      field: field(l), line: fileLine(l), found: boundText(lines[l - 1] ?? ""),
      fa: `گیومهٔ ${q} در خط ${fileLine(l)} باز شده و بسته نشده؛ گیومهٔ پایانی را در آخر همان خط بگذارید: ${quoted(keyOf(l) ?? "title", value)}`,
      en: `the quote ${q} opened on line ${fileLine(l)} is never closed; end the line with the closing quote: ${quoted(keyOf(l) ?? "title", value)}`,
    };
  }
  if ((code === "BAD_INDENT" && /^Flow (?:sequence|map)/.test(message)) || (code === "MISSING_CHAR" && /[\]}]/.test(message))) {
    const square = /sequence|\]/.test(message);
    const [o, c] = square ? ["[", "]"] : ["{", "}"];
    const cut = flowCutComment(lines, square ? "[" : "{", c);
    if (cut && square) {
      // A list of keys (topics): no key holds a #.
      return {
        field: cut.parent ?? "front matter", line: fileLine(cut.line), found: boundText(lineValue(lines[cut.line - 1] ?? "")),
        fa: `در خط ${fileLine(cut.line)} پس از فاصله نشانهٔ # آمده و باقی خط، با ] پایانی، یادداشت خوانده می‌شود؛ نشانهٔ # را پاک کنید، مثلاً topics: [employment, insurance]`,
        en: `on line ${fileLine(cut.line)} a # after a space starts a comment that swallows the rest of the line and its closing ]; delete the #, e.g. topics: [employment, insurance]`,
      };
    }
    if (cut) {
      const name = faFieldName(cut.field);
      const fix = quoted(cut.key, cut.value);
      return {
        field: cut.field, line: fileLine(cut.line), found: boundText(cut.value),
        fa: `در خط ${fileLine(cut.line)} پس از فاصله نشانهٔ # آمده و باقی خط، با ${c} پایانی، یادداشت خوانده می‌شود؛ ${name.fa} را داخل گیومه بگذارید: ${fix}`,
        en: `on line ${fileLine(cut.line)} a # after a space starts a comment that swallows the rest of the line and its closing ${c}; put the ${name.en} in quotes: ${fix}`,
      };
    }
    const l = firstUnclosed(lines, square ? /:\s*\[/ : /:\s*\{/, (rest) => rest.includes(c)) ?? at;
    return {
      field: field(l), line: fileLine(l), found: boundText(lines[l - 1] ?? ""),
      fa: `کروشهٔ ${o} در خط ${fileLine(l)} باز شده و بسته نشده؛ آن را در همان خط با ${c} ببندید، مثلاً ${square ? "topics: [employment, insurance]" : "image: {src: ./photo.jpg, alt: شرح تصویر}"}`,
      en: `the ${o} opened on line ${fileLine(l)} is never closed; close it with ${c} on the same line, e.g. ${square ? "topics: [employment, insurance]" : "image: {src: ./photo.jpg, alt: …}"}`,
    };
  }
  if (code === "UNEXPECTED_TOKEN" && /^\s*(?:-\s+)?[\w-]+:\s*["'][^"']*["']\s*\S/.test(lines[at - 1] ?? "")) {
    const key = keyOf(at) ?? "title";
    const value = lineValue(lines[at - 1] ?? "").replace(/["']/g, "");
    return {
      field: key, line: fileLine(at), found: boundText(lines[at - 1] ?? ""),
      fa: `در خط ${fileLine(at)} پس از گیومهٔ پایانی باز هم متن آمده؛ همهٔ مقدار را داخل یک جفت گیومه بگذارید: ${quoted(key, value)}`,
      en: `on line ${fileLine(at)} text follows the closing quote; put the whole value inside one pair of quotes: ${quoted(key, value)}`,
    };
  }
  // A value starting with * & ! @ ` or %: YAML reads these as an alias, anchor, tag or reserved sign.
  const special = /^\s*(?:-\s+)?[\w-]+:[ \t]+([*&!@`%])/;
  const starLine = [at, at + 1].find((l) => special.test(lines[l - 1] ?? ""));
  if (starLine) {
    const key = keyOf(starLine) ?? "title";
    const sign = special.exec(lines[starLine - 1] ?? "")?.[1] ?? "*";
    const fix = quoted(key, lineValue(lines[starLine - 1] ?? ""));
    return {
      field: key, line: fileLine(starLine), found: boundText(lineValue(lines[starLine - 1] ?? "")),
      fa: `در خط ${fileLine(starLine)} مقدار با نشانهٔ ${sign} شروع شده که معنای ویژه دارد؛ مقدار را داخل گیومه بگذارید: ${fix}`,
      en: `on line ${fileLine(starLine)} the value starts with ${sign}, which YAML reads as a special sign; put it in quotes: ${fix}`,
    };
  }
  // An unquoted colon inside a one-line {…} on the line the library stopped at, or the next.
  const inFlow = flowColon(lines);
  if (inFlow && (inFlow.line === at || inFlow.line + 1 === at)) {
    const name = faFieldName(inFlow.field);
    const fix = quoted(inFlow.key, inFlow.value);
    return {
      field: inFlow.field, line: fileLine(inFlow.line), found: boundText(inFlow.value),
      fa: `در خط ${fileLine(inFlow.line)}، درون ${name.fa} دونقطه (:) آمده و بقیهٔ آن مشخصهٔ تازه‌ای خوانده می‌شود؛ ${name.fa} را داخل گیومه بگذارید: ${fix}`,
      en: `on line ${fileLine(inFlow.line)} the ${name.en} contains a colon (:), which starts a new key; put it in quotes: ${fix}`,
    };
  }
  // An unquoted colon: the line the library stopped at, or failing that any line with one.
  const colonLine = COLON_IN_VALUE.test(lines[at - 1] ?? "") ? at : lines.findIndex((s) => COLON_IN_VALUE.test(s)) + 1;
  if (colonLine && /IMPLICIT_KEY|UNEXPECTED_TOKEN|BAD_INDENT/.test(code)) {
    const key = keyOf(colonLine) ?? "title";
    const name = faFieldName(key);
    const fix = quoted(key, lineValue(lines[colonLine - 1] ?? ""));
    return {
      field: key, line: fileLine(colonLine), found: boundText(lineValue(lines[colonLine - 1] ?? "")),
      fa: `در خط ${fileLine(colonLine)}، درون ${name.fa} دونقطه (:) آمده و بقیهٔ خط مشخصهٔ تازه‌ای خوانده می‌شود؛ ${name.fa} را داخل گیومه بگذارید: ${fix}`,
      en: `on line ${fileLine(colonLine)} the ${name.en} contains a colon (:), which starts a new key; put it in quotes: ${fix}`,
    };
  }
  // A line indented under a line that already has its value.
  const indent = (l: number) => (lines[l - 1] ?? "").search(/\S/);
  const stray = lines.findIndex((line, i) => i > 0 && line.trim() !== "" && !line.trimStart().startsWith("#")
    && indent(i + 1) > indent(i) && /^\s*(?:-\s+)?[\w-]+:[ \t]+[^\s|>#]/.test(lines[i - 1] ?? "")) + 1;
  if (stray && /IMPLICIT_KEY|BAD_INDENT/.test(code)) {
    return {
      field: field(stray), line: fileLine(stray), found: boundText(lines[stray - 1] ?? ""),
      fa: `خط ${fileLine(stray)} بی‌جا جلوتر از خط بالایش آغاز شده؛ فاصله‌های آغاز خط را پاک کنید (فقط زیر image، attachments، updates و withdrawn خط‌ها با دو فاصله جلو می‌روند)`,
      en: `line ${fileLine(stray)} is indented under a line that already has its value; remove the spaces at its start (only lines under image, attachments, updates and withdrawn are indented)`,
    };
  }
  return {
    field: field(at), line: fileLine(at), found: boundText(lines[at - 1] ?? ""),
    fa: `مشخصات خبر در خط ${fileLine(at)} خوانا نیست؛ هر خط «کلید: مقدار» است، تورفتگی با دو فاصله، و مقداری که دونقطه یا # یا گیومه دارد داخل گیومه می‌آید`,
    en: `the front matter cannot be read at line ${fileLine(at)} (${boundText(message.split("\n")[0] ?? "", 80)}); each line is “key: value”, indented with two spaces; quote values with colons, # or quotes`,
  };
}

/** The first anchor (`&a`) or alias (`*a`) of a document: refused, staff never need them. */
function findAnchor(doc: Document): { offset: number } | undefined {
  let found: { offset: number } | undefined;
  visit(doc, (_key, node) => {
    if (isAlias(node) || (isNode(node) && node.anchor)) {
      found = { offset: node.range?.[0] ?? 0 };
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}

/** Object keys with invisible marks removed (a key copied with an RTL mark is still that key). */
function cleanKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cleanKeys);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [stripMarks(k), cleanKeys(v)]));
  }
  return value;
}

/**
 * Read a release file's text: its front matter as plain data (YAML 1.2 core schema; dates stay
 * text) and its body. Never executes anything; errors carry the 1-based line of the file.
 * @example parseFrontMatter("---\ncode: 1\n---\nمتن") → { ok: true, data: { code: 1 }, body: "متن", text: "…" }
 */
export function parseFrontMatter(text: string): FrontMatter {
  const clean = text.replace(/^\uFEFF/, "");
  const split = splitFences(clean);
  if ("fa" in split) return { ok: false, error: split, text };
  const lineOffset = 1; // the opening --- is line 1 of the file
  const fast = fastLoad(split.yaml);
  if (!("error" in fast)) {
    const isMap = typeof fast.data === "object" && fast.data !== null && !Array.isArray(fast.data);
    const cut = split.yaml.includes("#") ? findCutComments(split.yaml, [...new Parser().parse(split.yaml)], lineOffset) : undefined;
    if (cut) return { ok: false, error: cut, text, ...(isMap ? { partial: fast.data as Record<string, unknown> } : {}) };
    return toResult(cleanKeys(fast.data ?? {}), split.body, text);
  }
  return diagnose(split, text, fast.error);
}

/** js-yaml's reading of a valid front matter, or its error; an anchor is an error. */
function fastLoad(source: string): { data: unknown } | { error: { line?: number; reason: string } } {
  try {
    const data = yaml.load(source, {
      schema: yaml.CORE_SCHEMA,
      listener(event, state) {
        // js-yaml keeps the anchor of the node being closed; the typings leave it out.
        if (event === "close" && (state as typeof state & { anchor?: string | null }).anchor) throw new Error("anchor");
      },
    });
    return { data };
  } catch (err) {
    const e = err as { mark?: { line: number }; reason?: string; message: string };
    return { error: { ...(e.mark ? { line: e.mark.line + 1 } : {}), reason: e.reason ?? e.message } };
  }
}

function toResult(data: unknown, body: string, text: string): FrontMatter {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return {
      ok: false, text,
      error: { field: "front matter", found: boundText(String(data)), fa: "مشخصات خبر باید به شکل «کلید: مقدار» باشد", en: "the front matter must be “key: value” lines" },
    };
  }
  return { ok: true, data: data as Record<string, unknown>, body, text };
}

/** A front matter js-yaml refused, read again by the `yaml` package to say what is wrong and where. */
function diagnose(split: Split, text: string, fastError: { line?: number; reason: string }): FrontMatter {
  const lineOffset = 1;
  // One tokenising pass: the token tree finds comments, the composer builds the document from it.
  const tokens = [...new Parser().parse(split.yaml)];
  const options = { schema: "core", uniqueKeys: true, prettyErrors: false, strict: true } as const;
  const composer = new Composer(options);
  const [doc, second] = [...composer.compose(tokens, true, split.yaml.length)] as Document.Parsed[];
  if (!doc) return { ok: false, error: { field: "front matter", fa: "مشخصات خبر خالی است", en: "the front matter is empty" }, text };
  if (second) {
    // A "..." line ends a document: whatever follows would be silently dropped.
    return { ok: false, text, error: explain(split.yaml, "MULTIPLE_DOCS", "Source contains multiple documents", second.range[0], lineOffset) };
  }
  const partial = () => {
    try {
      const contents = doc.contents && !findAnchor(doc) ? (doc.toJS({ maxAliasCount: 0 }) as unknown) : undefined;
      return typeof contents === "object" && contents !== null && !Array.isArray(contents) ? { partial: contents as Record<string, unknown> } : {};
    } catch {
      return {};
    }
  };
  const first = doc.errors[0];
  if (first) return { ok: false, error: explain(split.yaml, first.code, first.message, first.pos[0], lineOffset), text, ...partial() };
  const anchor = findAnchor(doc);
  if (anchor) {
    const line = lineAt(split.yaml, anchor.offset);
    const lineText = split.yaml.split("\n")[line - 1] ?? "";
    return {
      ok: false, text,
      error: {
        field: /^\s*(?:-\s+)?([^:\s]+)\s*:/.exec(lineText)?.[1] ?? "front matter", line: line + lineOffset, found: boundText(lineText),
        fa: `در خط ${line + lineOffset} مقدار با & یا * شروع شده، که نشانهٔ ارجاع است و پذیرفته نیست؛ هر مقدار را کامل بنویسید، و متنی را که با * یا & شروع می‌شود داخل گیومه بگذارید`,
        en: `line ${line + lineOffset} uses a YAML anchor or alias (a value starting with & or *), which is refused; write each value in full, and quote text that starts with * or &`,
      },
    };
  }
  // The two libraries disagree (js-yaml refuses unknown tags such as !foo): explain js-yaml's error.
  const lineStart = split.yaml.split("\n").slice(0, (fastError.line ?? 1) - 1).join("\n").length + (fastError.line && fastError.line > 1 ? 1 : 0);
  return { ok: false, text, ...partial(), error: explain(split.yaml, "JS_YAML", fastError.reason, lineStart, lineOffset) };
}

/**
 * Read and parse one release file from disk: `decodeRelease`, then `parseFrontMatter`.
 * @example readReleaseFile("/repo/releases/1404/0142-pool.md").ok → true
 */
export function readReleaseFile(absPath: string): FrontMatter {
  const decoded = decodeRelease(readFileSync(absPath));
  return decoded.ok ? parseFrontMatter(decoded.text) : { ok: false, error: decoded.error };
}
