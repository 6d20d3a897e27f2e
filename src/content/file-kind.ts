import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { createSyncFn } from "synckit";

/** A kind of file the site publishes, recognised by content. */
interface Kind {
  /** Shown to staff, e.g. `JPEG`, `Word (DOCX)`. */
  label: string;
  /** Extensions a file of this kind may have, lower case with the dot. */
  exts: readonly string[];
}

/** Image kinds eleventy-img encodes, keyed by file-type's `ext` (issue 12, point 3). */
const IMAGE_KINDS: Readonly<Record<string, Kind>> = {
  jpg: { label: "JPEG", exts: [".jpg", ".jpeg"] },
  png: { label: "PNG", exts: [".png"] },
  webp: { label: "WebP", exts: [".webp"] },
  avif: { label: "AVIF", exts: [".avif"] },
  gif: { label: "GIF", exts: [".gif"] },
};

/** Attachment kinds beyond images, keyed by file-type's `ext`. */
const DOCUMENT_KINDS: Readonly<Record<string, Kind>> = {
  pdf: { label: "PDF", exts: [".pdf"] },
  docx: { label: "Word (DOCX)", exts: [".docx"] },
  xlsx: { label: "Excel (XLSX)", exts: [".xlsx"] },
  pptx: { label: "PowerPoint (PPTX)", exts: [".pptx"] },
  // Word/Excel/PowerPoint 97–2003 are OLE compound files; file-type names the container only.
  cfb: { label: "Word/Excel 97–2003 (DOC, XLS, PPT)", exts: [".doc", ".xls", ".ppt"] },
  odt: { label: "OpenDocument (ODT)", exts: [".odt"] },
  ods: { label: "OpenDocument (ODS)", exts: [".ods"] },
  odp: { label: "OpenDocument (ODP)", exts: [".odp"] },
  // Office Open XML and OpenDocument files are ZIP containers; file-type names the container
  // when a producer writes the parts in an order it does not look for.
  zip: { label: "ZIP", exts: [".zip", ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp"] },
};

/** Plain text has no magic bytes, so file-type cannot detect it: it is checked by hand below. */
const TEXT_KIND: Kind = { label: "CSV/TXT (UTF-8)", exts: [".csv", ".txt"] };

export type FileRole = "image" | "attachment";

/** Extensions of image kinds: an attachment named like an image is read as one too. */
const IMAGE_EXTS: Readonly<Record<string, true>> = Object.fromEntries(Object.values(IMAGE_KINDS).flatMap((k) => k.exts.map((e) => [e, true])));

const ATTACHMENT_KINDS: Readonly<Record<string, Kind>> = { ...DOCUMENT_KINDS, ...IMAGE_KINDS };

/** The list of allowed kinds of a role, for messages: `JPEG، PNG، …` / `JPEG, PNG, …`. */
export function allowedKinds(role: FileRole): string[] {
  const kinds = role === "image" ? Object.values(IMAGE_KINDS) : [...Object.values(ATTACHMENT_KINDS), TEXT_KIND];
  return kinds.map((k) => k.label);
}

/**
 * Every file extension a role accepts, lower case with the dot, sorted: the desk's upload fields
 * offer exactly these (src/content/schema.ts, checked by tests/content/schema.test.ts).
 */
export function allowedExtensions(role: FileRole): string[] {
  const kinds = role === "image" ? Object.values(IMAGE_KINDS) : [...Object.values(ATTACHMENT_KINDS), TEXT_KIND];
  return [...new Set(kinds.flatMap((k) => k.exts))].sort();
}

type Detect = (file: string, decodeHeader: boolean) => { ext: string; mime: string; readable: boolean } | null;
let detect: Detect | undefined;
/**
 * file-type and sharp only answer with promises and the loader is synchronous (check, build and
 * the watch rebuild all call it), so the detection runs in a worker thread via synckit.
 */
const detectType: Detect = (file, decodeHeader) =>
  (detect ??= createSyncFn(new URL("./file-kind-worker.mjs", import.meta.url).href) as Detect)(file, decodeHeader);

const cache = new Map<string, KindResult>();

export type KindResult = { ok: true; label: string; mime: string } | { ok: false; fa: string; en: string };

function isUtf8Text(file: string): boolean {
  const bytes = readFileSync(file);
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function judge(file: string, role: FileRole): KindResult {
  const ext = path.extname(file).toLowerCase();
  const allowed = role === "image" ? IMAGE_KINDS : ATTACHMENT_KINDS;
  const roleFa = role === "image" ? "تصویر" : "پیوست";
  const list = allowedKinds(role);
  const allowedText = { fa: `نوع‌های مجاز ${roleFa}: ${list.join("، ")}`, en: `allowed ${role} types: ${list.join(", ")}` };
  const type = detectType(file, role === "image" || ext in IMAGE_EXTS);
  const kind = type ? allowed[type.ext] : undefined;
  if (type && kind && !type.readable) {
    // Magic bytes alone (`GIF` and three letters) are not an image: the image step would crash.
    return {
      ok: false,
      fa: `پرونده با نشانهٔ ${kind.label} آغاز می‌شود ولی تصویر سالمی نیست؛ تصویر را دوباره ذخیره کنید`,
      en: `the file starts like a ${kind.label} but is not a readable image; save the image again`,
    };
  }
  if (type && kind) {
    if (kind.exts.includes(ext)) return { ok: true, label: kind.label, mime: type.mime };
    return {
      ok: false,
      fa: `محتوای پرونده ${kind.label} است ولی نامش به «${ext || "بی‌پسوند"}» ختم می‌شود؛ پسوند را ${kind.exts[0]} کنید`,
      en: `the file is ${kind.label} but its name ends in “${ext || "no extension"}”; rename it to ${kind.exts[0]}`,
    };
  }
  // A .csv/.txt whose bytes look like a refused kind is judged as text: Excel's "Unicode Text"
  // (UTF-16, BOM FF FE) is read by file-type as an MP3 frame, and "audio/mpeg" helps nobody.
  // An empty file (a failed copy) is not text to publish: refused below like an empty PDF.
  if (!kind && role === "attachment" && TEXT_KIND.exts.includes(ext) && statSync(file).size > 0) {
    if (isUtf8Text(file)) return { ok: true, label: TEXT_KIND.label, mime: ext === ".csv" ? "text/csv" : "text/plain" };
    return {
      ok: false,
      fa: `پروندهٔ ${ext} باید متن UTF-8 بدون نویسهٔ NUL باشد؛ آن را با کدگذاری UTF-8 ذخیره کنید`,
      en: `a ${ext} file must be UTF-8 text without NUL bytes; save it as UTF-8`,
    };
  }
  return {
    ok: false,
    fa: `محتوای پرونده (${type ? type.mime : "نوع ناشناخته"}) پذیرفته نیست؛ ${allowedText.fa}`,
    en: `the file's content (${type ? type.mime : "unknown type"}) is not allowed; ${allowedText.en}`,
  };
}

/**
 * What a file is, judged by its bytes (magic numbers, via the `file-type` library) and its
 * name together: the content must be an allowed kind for the role and the extension must be one
 * of that kind's, so the type a web server infers from the name is the real one. Images:
 * JPEG, PNG, WebP, AVIF, GIF. Attachments: those, PDF, Office (DOCX, XLSX, PPTX and 97–2003),
 * OpenDocument, ZIP, and CSV/TXT as UTF-8 text without NUL. HTML, JavaScript, SVG and
 * anything else are refused. Answers are cached per path, size and modification time.
 * Source of the rule: issue 12, point 3.
 */
export function fileKind(file: string, role: FileRole): KindResult {
  const s = statSync(file);
  const key = `${role}\0${file}\0${s.size}\0${s.mtimeMs}`;
  let result = cache.get(key);
  if (!result) cache.set(key, (result = judge(file, role)));
  return result;
}
