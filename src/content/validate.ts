import { statSync } from "node:fs";
import path from "node:path";
import type { DateTime } from "luxon";
import { toLatinDigits } from "../persian/digits.ts";
import { foldArabicLetters } from "../persian/persian-letters.ts";
import { parseReleaseDate } from "./parse-date.ts";
import { quoteFound, type Problem } from "./problem.ts";
import type { Release, ReleaseAttachment, ReleaseImage, ReleaseMediaFile, Term, Vocabulary } from "./release.ts";
import { renderBody } from "./markdown.ts";
import { checkBody } from "./body-checks.ts";
import { bodyMediaPaths } from "./body-media.ts";
import { resolveContained, type ContainedFile, type PathRefusal } from "./contained-path.ts";
import { fileKind, type FileRole } from "./file-kind.ts";
import { publishedNameClash, reservedNameRefusal } from "./published-names.ts";
import { cleanText, isBlankText, nameInvisibles, stripMarks } from "./invisible.ts";
import { keyHint } from "./term-keys.ts";
import { lengthMessage, RELEASE_FIELDS, RELEASE_KEYS, subKeys, topicsCountMessage, type TextField } from "./schema.ts";

/** Every key the front matter may hold: the schema's (src/content/schema.ts). */
export { RELEASE_KEYS };
const F = RELEASE_FIELDS;

export interface SourceFile {
  /** Path relative to the project root, forward slashes. */
  file: string;
  /** Absolute path. */
  absPath: string;
  data: Record<string, unknown>;
  body: string;
}

export interface ValidateContext {
  vocabulary: Vocabulary;
  /** Folder that site-absolute `/media/…` paths resolve against. */
  mediaDir: string;
}

/** Report an error (or, with `severity: "warning"`, a warning that never refuses the release). */
type Report = (field: string, found: unknown, fa: string, en: string, severity?: "warning") => void;

/** Fields whose value is prose: ZWNJ is right there and never named as an invisible character. */
const isTextField = (field: string): boolean =>
  /^(?:title|kicker|lead|image\.(?:alt|caption)|attachments\[\d+\]\.title|updates\[\d+\]\.note|withdrawn\.reason|body)$/.test(field);

/** Suggest the nearest known front-matter key for a typo, or nothing when none is close. */
function didYouMean(found: string, known: readonly string[]): { fa: string; en: string } {
  return keyHint(found, Object.fromEntries(known.map((k) => [k, { name: k }])));
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/**
 * One line of release text; Arabic ي/ك folded to ی/ک so rendered text and search agree; bidi
 * overrides, control characters and stray BOMs removed (invisible.ts cleanText).
 */
function oneLine(s: string): string {
  return foldArabicLetters(cleanText(s).replace(/\s+/g, " ").trim());
}

/** A required one-line text, or "" when absent, not text, or only white space and invisible characters. */
function requiredLine(value: unknown): string {
  return typeof value === "string" && !isBlankText(value) ? oneLine(value) : "";
}

/** Markers that show a lead was written in Markdown or HTML rather than plain text. */
const MARKUP = /\*\*|__|`|<\/?[a-z][^>]*>|\[[^[\]]*\]\([^)]*\)|^#{1,6}\s|^[-*+]\s|^>\s/im;

function checkString(
  report: Report,
  name: string,
  value: unknown,
  field: TextField,
): string | undefined {
  const opts = { required: field.required, min: field.min, max: field.max, example: field.example, faName: field.label.fa, enName: field.label.en };
  if (value === undefined || value === null || value === "") {
    if (opts.required) {
      report(name, undefined,
        `${opts.faName} لازم است و نوشته نشده؛ مثلاً: ${opts.example}`,
        `the ${opts.enName} is required and missing; e.g. ${opts.example}`);
    }
    return undefined;
  }
  if (typeof value !== "string") {
    report(name, value, `${opts.faName} باید متن باشد؛ مثلاً: ${opts.example}`,
      `the ${opts.enName} must be text; e.g. ${opts.example}`);
    return undefined;
  }
  if (isBlankText(value)) {
    if (opts.required) {
      report(name, value,
        `${opts.faName} لازم است و نوشته نشده (فقط نویسه‌های نامرئی دارد)؛ مثلاً: ${opts.example}`,
        `the ${opts.enName} is required and missing (it holds only invisible characters); e.g. ${opts.example}`);
    }
    return undefined;
  }
  const text = oneLine(value);
  const length = [...text].length;
  if (length < opts.min || length > opts.max) {
    const message = lengthMessage(field, length);
    report(name, value, message.fa, message.en);
    return undefined;
  }
  return text;
}

/**
 * A release code as written: a whole number of 1 or more, in Latin, Persian or Arabic-Indic
 * digits; undefined for anything else.
 * @example parseCode("۱۴۲") → 142
 */
export function parseCode(value: unknown): number | undefined {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? toLatinDigits(stripMarks(value)) : "";
  const code = Number(text);
  return /^\d+$/.test(text) && code >= 1 && Number.isSafeInteger(code) ? code : undefined;
}

function checkCode(report: Report, value: unknown): number | undefined {
  const example = "142";
  if (value === undefined || value === null || value === "") {
    report("code", undefined, `کد خبر لازم است؛ یک عدد صحیح مثبت و یکتا، مثلاً: ${example}`,
      `the news code is required; a unique positive whole number, e.g. ${example}`);
    return undefined;
  }
  const code = parseCode(value);
  if (code === undefined) {
    report("code", value, `کد خبر باید عدد صحیح بزرگ‌تر از صفر باشد، مثلاً ${example}`,
      `the news code must be a whole number of 1 or more, e.g. ${example}`);
  }
  return code;
}

function checkDate(report: Report, field: string, value: unknown, required: boolean): DateTime | undefined {
  if (value === undefined || value === null || value === "") {
    if (required) {
      report(field, undefined, "تاریخ و ساعت انتشار لازم است؛ مثلاً 1404-06-25 10:30",
        "the publication date and time is required; e.g. 1404-06-25 10:30");
    }
    return undefined;
  }
  const parsed = parseReleaseDate(value);
  if (!parsed.ok) {
    report(field, value, parsed.fa, parsed.en);
    return undefined;
  }
  if (parsed.warning) report(field, value, parsed.warning.fa, parsed.warning.en, "warning");
  return parsed.value;
}

function checkKeys(report: Report, field: string, value: Record<string, unknown>, allowed: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (allowed.includes(key)) continue;
    const hint = didYouMean(key, allowed);
    report(field ? `${field}.${key}` : key, key,
      `کلید ناشناخته است؛ کلیدهای مجاز: ${allowed.join("، ")}.${hint.fa}`,
      `is not a known key; allowed keys: ${allowed.join(", ")}.${hint.en}`);
  }
}

/** A file a release names, contained and typed: where it is and where it is published. */
export interface FileRef extends ContainedFile {
  /** What the file is, by content (file-kind.ts). */
  label: string;
  /** Its size in bytes when checked. */
  bytes: number;
}

/** One check of a file a release names, as `validateRelease` made it (the parse cache repeats it). */
export interface FileCheck {
  src: string;
  role: FileRole;
  /** The release's code as the path was resolved with (it names the published folder). */
  code: number | undefined;
  outcome: FileRef | PathRefusal;
}

/**
 * Everything the release's own bytes cannot tell about a file it names: where `src` resolves
 * from the release file (contained-path.ts), whether its published name is free
 * (published-names.ts), what it is by content (file-kind.ts) and its size. Reads the file system;
 * the same arguments give the same answer while the files are unchanged.
 * @example fileRefOutcome("./a.pdf", "/site/releases/1404/0142-x.md", "/site/media", "attachment", 142)
 *   → { absPath: "/site/releases/1404/a.pdf", publishPath: "/releases/142/a.pdf", url: "/releases/142/a.pdf", area: "release", label: "PDF", bytes: 18211 }
 */
export function fileRefOutcome(src: string, releaseFile: string, mediaDir: string, role: FileRole, code: number | undefined): FileRef | PathRefusal {
  const file = resolveContained(src, releaseFile, mediaDir, code);
  if (!("absPath" in file)) return file;
  const reserved = reservedNameRefusal(file.publishPath);
  if (reserved) return reserved;
  const kind = fileKind(file.absPath, role);
  if (!kind.ok) return { fa: kind.fa, en: kind.en };
  return { ...file, label: kind.label, bytes: statSync(file.absPath).size };
}

function checkFileRef(
  report: Report, field: string, src: unknown, source: SourceFile, ctx: ValidateContext, role: FileRole, code: number | undefined,
  checks: FileCheck[],
): FileRef | undefined {
  if (typeof src !== "string" || src.trim() === "") {
    report(field, src, "مسیر پرونده لازم است؛ نسبت به پروندهٔ خبر (./photo.jpg) یا از /media/ (/media/photo.jpg)",
      "a file path is required, relative to the release file (./photo.jpg) or under /media/ (/media/photo.jpg)");
    return undefined;
  }
  const outcome = fileRefOutcome(src, source.absPath, ctx.mediaDir, role, code);
  checks.push({ src, role, code, outcome });
  if (!("absPath" in outcome)) {
    report(field, src, outcome.fa, outcome.en);
    return undefined;
  }
  return outcome;
}

function checkImage(report: Report, value: unknown, source: SourceFile, ctx: ValidateContext, code: number | undefined, checks: FileCheck[]): ReleaseImage | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isPlainObject(value)) {
    report("image", value, "تصویر باید src و alt داشته باشد، مثلاً src: ./photo.jpg و alt: شرح تصویر",
      "the image must have src and alt, e.g. src: ./photo.jpg and alt: a description");
    return undefined;
  }
  checkKeys(report, "image", value, subKeys("image"));
  const file = checkFileRef(report, "image.src", value.src, source, ctx, "image", code, checks);
  const alt = requiredLine(value.alt);
  if (alt === "") {
    report("image.alt", value.alt, "متن جایگزین تصویر لازم است: آنچه در تصویر دیده می‌شود، برای نابینایان",
      "alt text is required: describe what the image shows, for blind readers");
  }
  let caption: string | undefined;
  if (value.caption !== undefined && value.caption !== null) {
    if (typeof value.caption !== "string") {
      report("image.caption", value.caption, "زیرنویس تصویر باید متن باشد", "the caption must be text");
    } else caption = oneLine(value.caption);
  }
  if (!file || alt === "") return undefined;
  return { url: file.url, publishPath: file.publishPath, sourcePath: file.absPath, alt, ...(caption ? { caption } : {}) };
}

function checkAttachments(report: Report, value: unknown, source: SourceFile, ctx: ValidateContext, code: number | undefined, checks: FileCheck[]): ReleaseAttachment[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    report("attachments", value, "پیوست‌ها باید فهرستی از {src, title} باشند",
      "attachments must be a list of {src, title}");
    return [];
  }
  const out: ReleaseAttachment[] = [];
  /** Published paths of the earlier attachments, titled or not, so every clash is found. */
  const taken: string[] = [];
  value.forEach((item: unknown, i) => {
    const field = `attachments[${i + 1}]`;
    if (!isPlainObject(item)) {
      report(field, item, "هر پیوست باید src و title داشته باشد", "each attachment must have src and title");
      return;
    }
    checkKeys(report, field, item, subKeys("attachments"));
    const file = checkFileRef(report, `${field}.src`, item.src, source, ctx, "attachment", code, checks);
    const title = requiredLine(item.title);
    if (title === "") {
      report(`${field}.title`, item.title, "عنوان پیوست لازم است، مثلاً: متن کامل بخشنامه",
        "the attachment title is required, e.g. the full text of the circular");
    }
    const clash = file ? publishedNameClash(file.publishPath, taken) : undefined;
    if (file) taken.push(file.publishPath);
    if (file && clash) report(`${field}.src`, item.src, clash.fa, clash.en);
    if (file && !clash && title) {
      out.push({
        url: file.url,
        publishPath: file.publishPath,
        sourcePath: file.absPath,
        title,
        type: path.extname(file.absPath).slice(1).toUpperCase(),
        bytes: file.bytes,
      });
    }
  });
  return out;
}

/** Every `/media/…` file the body names, contained and typed like an attachment; errors on field `body`. */
function checkBodyMedia(report: Report, bodyHtml: string, source: SourceFile, ctx: ValidateContext, code: number | undefined, checks: FileCheck[]): ReleaseMediaFile[] {
  const out: ReleaseMediaFile[] = [];
  for (const src of bodyMediaPaths(bodyHtml)) {
    const file = checkFileRef(report, "body", src, source, ctx, "attachment", code, checks);
    if (file) out.push({ publishPath: file.publishPath, sourcePath: file.absPath });
  }
  return out;
}

function checkTerm(report: Report, field: string, raw: unknown, vocab: Record<string, { name: string }>, faKind: string, enKind: string, dataFile: string): Term | undefined {
  // Direction marks and ZWNJ copied with a key are not part of it.
  const key = typeof raw === "string" ? stripMarks(raw) : raw;
  if (typeof key !== "string" || !Object.hasOwn(vocab, key)) {
    const hint = typeof key === "string" ? keyHint(key, vocab) : { fa: "", en: "" };
    report(field, raw,
      `${faKind} ناشناخته است؛ یکی از کلیدهای ${dataFile} را بنویسید.${hint.fa}`,
      `is not a known ${enKind}; use a key of ${dataFile}.${hint.en}`);
    return undefined;
  }
  return { key, name: (vocab[key] as { name: string }).name };
}

function checkTopics(report: Report, value: unknown, vocab: Vocabulary): Term[] {
  const example = "[employment, insurance]";
  if (value === undefined || value === null) {
    report("topics", undefined, `موضوع لازم است؛ ۱ تا ۵ کلید از _data/topics.json، مثلاً ${example}`,
      `topics are required: 1–5 keys of _data/topics.json, e.g. ${example}`);
    return [];
  }
  // A Persian comma or semicolon typed inside the list ([insurance، employment], [insurance؛ employment])
  // separates items, like ",": both sit on the Persian keyboard where "," is expected.
  const list = Array.isArray(value)
    ? value.flatMap((item: unknown) => (typeof item === "string" && /[،؛]/.test(item) ? item.split(/[،؛]/).map((s) => s.trim()).filter((s) => s !== "") : [item]))
    : null;
  if (!list || list.length < F.topics.min || list.length > F.topics.max) {
    const message = topicsCountMessage();
    report("topics", value, message.fa, message.en);
    return [];
  }
  const seen = new Set<string>();
  const out: Term[] = [];
  list.forEach((key: unknown, i) => {
    const clean = typeof key === "string" ? stripMarks(key) : key;
    if (typeof clean === "string" && seen.has(clean)) {
      report(`topics[${i + 1}]`, key, "موضوع تکراری است؛ هر موضوع یک بار", "is repeated; list each topic once");
      return;
    }
    if (typeof clean === "string") seen.add(clean);
    const term = checkTerm(report, `topics[${i + 1}]`, key, vocab.topics, "موضوع", "topic", "_data/topics.json");
    if (term) out.push(term);
  });
  return out;
}

function checkUpdates(report: Report, value: unknown, published: DateTime | undefined): Release["updates"] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    report("updates", value, "اصلاحیه‌ها باید فهرستی از {date, note} باشند",
      "updates must be a list of {date, note}");
    return [];
  }
  const out: Release["updates"] = [];
  value.forEach((item: unknown, i) => {
    const field = `updates[${i + 1}]`;
    if (!isPlainObject(item)) {
      report(field, item, "هر اصلاحیه باید date و note داشته باشد", "each update must have date and note");
      return;
    }
    checkKeys(report, field, item, subKeys("updates"));
    const date = checkDate(report, `${field}.date`, item.date, true);
    const note = requiredLine(item.note);
    if (note === "") {
      report(`${field}.note`, item.note, "شرح اصلاحیه لازم است: چه چیزی تغییر کرد",
        "the update note is required: say what changed");
    }
    if (date && published && date <= published) {
      report(`${field}.date`, item.date, "تاریخ اصلاحیه باید بعد از تاریخ انتشار خبر باشد",
        "an update must be dated after the release's date");
      return;
    }
    if (date && note) out.push({ date, note });
  });
  return out.sort((a, b) => a.date.toMillis() - b.date.toMillis());
}

function checkWithdrawn(report: Report, value: unknown, published: DateTime | undefined): Release["withdrawn"] {
  if (value === undefined || value === null) return undefined;
  if (!isPlainObject(value)) {
    report("withdrawn", value, "پس‌گرفتن خبر باید date و reason داشته باشد",
      "a withdrawal must have date and reason");
    return undefined;
  }
  checkKeys(report, "withdrawn", value, subKeys("withdrawn"));
  const date = checkDate(report, "withdrawn.date", value.date, true);
  const reason = requiredLine(value.reason);
  if (reason === "") {
    report("withdrawn.reason", value.reason, "دلیل پس‌گرفتن خبر لازم است", "the reason for the withdrawal is required");
  }
  if (date && published && date < published) {
    report("withdrawn.date", value.date, "تاریخ پس‌گرفتن باید بعد از تاریخ انتشار باشد",
      "the withdrawal must be dated after the release's date");
    return undefined;
  }
  return date && reason ? { date, reason } : undefined;
}

/** What `validateRelease` found in one file. */
export interface Validated {
  /** Present only when the file has no error. */
  release?: Release;
  /** Errors and warnings, in the order the checks ran. */
  problems: Problem[];
  /** Every file the release names, as checked (the only input besides the release file's bytes and path, the vocabulary and `mediaDir`). */
  fileChecks: FileCheck[];
}

/**
 * Validate one release file's front matter and body. Collects every problem of the file;
 * returns a Release only when there were no errors. Pure but for `fileChecks`: the same file
 * bytes, path and context give the same result whenever each file check gives the same outcome
 * (src/content/parse-cache.ts relies on it); nothing depends on the clock.
 */
export function validateRelease(source: SourceFile, ctx: ValidateContext): Validated {
  const problems: Problem[] = [];
  const fileChecks: FileCheck[] = [];
  const report: Report = (field, found, fa, en, severity: "error" | "warning" = "error") => {
    // When the value holds invisible characters, say so: they are often why it is refused.
    const hidden = typeof found === "string" ? nameInvisibles(found, !isTextField(field)) : undefined;
    problems.push({
      file: source.file, field, ...(found === undefined ? {} : { found: quoteFound(found) }),
      fa: hidden ? `${fa} (در این مقدار ${hidden.fa} هست؛ آن را پاک کنید)` : fa,
      en: hidden ? `${en} (the value contains ${hidden.en}; delete it)` : en,
      severity,
    });
  };
  const d = source.data;

  checkKeys(report, "", d, RELEASE_KEYS);
  const code = checkCode(report, d.code);
  const title = checkString(report, "title", d.title, F.title);
  if (typeof d.title === "string" && /\n./.test(d.title.trim())) {
    report("title", d.title, "تیتر باید یک خط باشد", "the title must be one line");
  }
  const kicker = checkString(report, "kicker", d.kicker, F.kicker);
  const lead = checkString(report, "lead", d.lead, F.lead);
  if (lead && MARKUP.test(String(d.lead))) {
    report("lead", d.lead, "لید باید متن ساده باشد، بدون نشانه‌گذاری مارک‌داون یا HTML",
      "the lead must be plain text, without Markdown or HTML");
  }
  const date = checkDate(report, "date", d.date, true);
  const county = d.county === undefined || d.county === null
    ? undefined
    : checkTerm(report, "county", d.county, ctx.vocabulary.counties, "شهرستان", "county", "_data/counties.json");
  const topics = checkTopics(report, d.topics, ctx.vocabulary);
  const image = checkImage(report, d.image, source, ctx, code, fileChecks);
  const attachments = checkAttachments(report, d.attachments, source, ctx, code, fileChecks);
  let draft = false;
  if (d.draft !== undefined && d.draft !== null) {
    if (typeof d.draft !== "boolean") {
      report("draft", d.draft, "پیش‌نویس باید true یا false باشد", "draft must be true or false");
    } else draft = d.draft;
  }
  const updates = checkUpdates(report, d.updates, date);
  const withdrawn = checkWithdrawn(report, d.withdrawn, date);
  const body = source.body.trim();
  problems.push(...checkBody(source.file, source.body));
  // Arabic ي/ك are folded by the renderer, in prose only (never in links, code or e-mail).
  const bodyHtml = renderBody(body);
  const bodyMedia = checkBodyMedia(report, bodyHtml, source, ctx, code, fileChecks);
  if (body === "" && !withdrawn) {
    report("body", undefined, "متن خبر خالی است؛ متن را زیر خط دوم --- بنویسید",
      "the body is empty; write the release text below the second --- line");
  }

  if (problems.some((p) => p.severity === "error") || code === undefined || !title || !lead || !date) return { problems, fileChecks };
  return {
    problems,
    fileChecks,
    release: {
      code,
      file: source.file,
      url: `/releases/${code}/`,
      title,
      ...(kicker ? { kicker } : {}),
      lead,
      date,
      ...(county ? { county } : {}),
      topics,
      ...(image ? { image } : {}),
      attachments,
      draft,
      updates,
      ...(withdrawn ? { withdrawn } : {}),
      bodyHtml,
      ...(bodyMedia.length > 0 ? { bodyMedia } : {}),
    },
  };
}
