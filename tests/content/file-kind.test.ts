import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { allowedKinds, fileKind } from "../../src/content/file-kind.ts";

const allowed = path.join(process.cwd(), "tests/fixtures/hostile/allowed-kinds/releases");
const tmp = mkdtempSync(path.join(os.tmpdir(), "newsroom-kinds-"));
test.after(() => rmSync(tmp, { recursive: true, force: true }));
const put = (name: string, content: string | Uint8Array) => {
  writeFileSync(path.join(tmp, name), content);
  return path.join(tmp, name);
};
const copy = (from: string, name: string) => {
  copyFileSync(path.join(allowed, from), path.join(tmp, name));
  return path.join(tmp, name);
};
const ATTACHMENTS = "allowed attachment types: PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX), Word/Excel 97–2003 (DOC, XLS, PPT), OpenDocument (ODT), OpenDocument (ODS), OpenDocument (ODP), ZIP, JPEG, PNG, WebP, AVIF, GIF, CSV/TXT (UTF-8)";
const IMAGES = "allowed image types: JPEG, PNG, WebP, AVIF, GIF";

test("fileKind :: every allowed kind is recognised by content", () => {
  const labels = Object.fromEntries(["pdf", "docx", "xlsx", "pptx", "doc", "xls", "odt", "ods", "odp", "zip", "csv", "txt", "jpg", "png", "webp", "avif", "gif"]
    .map((ext) => [ext, (fileKind(path.join(allowed, `a.${ext}`), "attachment") as { label: string }).label]));
  assert.equal(labels, {
    pdf: "PDF", docx: "Word (DOCX)", xlsx: "Excel (XLSX)", pptx: "PowerPoint (PPTX)", doc: "Word/Excel 97–2003 (DOC, XLS, PPT)",
    xls: "Word/Excel 97–2003 (DOC, XLS, PPT)", odt: "OpenDocument (ODT)", ods: "OpenDocument (ODS)", odp: "OpenDocument (ODP)", zip: "ZIP",
    csv: "CSV/TXT (UTF-8)", txt: "CSV/TXT (UTF-8)", jpg: "JPEG", png: "PNG", webp: "WebP", avif: "AVIF", gif: "GIF",
  });
  for (const ext of ["jpg", "png", "webp", "avif", "gif"]) assert.ok(fileKind(path.join(allowed, `a.${ext}`), "image").ok, ext);
});

test("fileKind :: documents are attachments, never images", () => {
  const r = fileKind(path.join(allowed, "a.pdf"), "image");
  assert.equal(r, { ok: false, fa: "محتوای پرونده (application/pdf) پذیرفته نیست؛ نوع‌های مجاز تصویر: JPEG، PNG، WebP، AVIF، GIF", en: `the file's content (application/pdf) is not allowed; ${IMAGES}` });
});

test("fileKind :: HTML, JavaScript, SVG, executables and empty files are refused, naming the allowed types", () => {
  const cases: Array<[string, string | Uint8Array, string]> = [
    ["page.htm", "<html><script>alert(1)</script></html>", "unknown type"],
    ["module.mjs", "export default 1;\n", "unknown type"],
    ["icon.svg", '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', "application/xml"],
    ["setup.exe", new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0, ...new Array(100).fill(0)]), "application/x-msdownload"],
    ["empty.pdf", "", "unknown type"],
  ];
  for (const [name, content, found] of cases) {
    const r = fileKind(put(name, content), "attachment");
    assert.equal(r, { ok: false, fa: (r as { fa: string }).fa, en: `the file's content (${found}) is not allowed; ${ATTACHMENTS}` }, name);
    assert.ok((r as { fa: string }).fa.startsWith("محتوای پرونده ("), name);
  }
});

test("fileKind :: a known kind under another extension must be renamed, so servers send the real type", () => {
  assert.equal(fileKind(copy("a.png", "photo.jpg"), "image"), {
    ok: false, fa: "محتوای پرونده PNG است ولی نامش به «.jpg» ختم می‌شود؛ پسوند را .png کنید", en: "the file is PNG but its name ends in “.jpg”; rename it to .png",
  });
  assert.equal(fileKind(copy("a.pdf", "report.html"), "attachment"), {
    ok: false, fa: "محتوای پرونده PDF است ولی نامش به «.html» ختم می‌شود؛ پسوند را .pdf کنید", en: "the file is PDF but its name ends in “.html”; rename it to .pdf",
  });
  assert.is((fileKind(copy("a.pdf", "report"), "attachment") as { en: string }).en, "the file is PDF but its name ends in “no extension”; rename it to .pdf");
  // Upper-case extensions are the same extension; a ZIP container named .docx is accepted.
  assert.ok(fileKind(copy("a.jpg", "PHOTO.JPG"), "image").ok);
  assert.ok(fileKind(copy("a.zip", "plain-zip.docx"), "attachment").ok);
});

test("fileKind :: text attachments must be UTF-8 without NUL", () => {
  assert.ok(fileKind(put("bom.txt", "\uFEFFگزارش"), "attachment").ok);
  assert.ok(fileKind(put("UPPER.CSV", "a,b\n"), "attachment").ok);
  assert.equal(fileKind(put("latin1.csv", new Uint8Array([0x61, 0x2c, 0xe9, 0x0a])), "attachment"), {
    ok: false, fa: "پروندهٔ .csv باید متن UTF-8 بدون نویسهٔ NUL باشد؛ آن را با کدگذاری UTF-8 ذخیره کنید", en: "a .csv file must be UTF-8 text without NUL bytes; save it as UTF-8",
  });
  assert.not.ok(fileKind(put("nul.txt", "a\u0000b"), "attachment").ok);
  // Text is never an image, whatever its name; three magic letters are not an image either.
  assert.equal(fileKind(put("gif.gif", "GIF? no, a note"), "image"), {
    ok: false, fa: "پرونده با نشانهٔ GIF آغاز می‌شود ولی تصویر سالمی نیست؛ تصویر را دوباره ذخیره کنید", en: "the file starts like a GIF but is not a readable image; save the image again",
  });
  assert.not.ok(fileKind(put("gif2.gif", "GIF? no, a note"), "attachment").ok);
  assert.equal(fileKind(put("note.gif", "a note"), "image"), {
    ok: false, fa: "محتوای پرونده (نوع ناشناخته) پذیرفته نیست؛ نوع‌های مجاز تصویر: JPEG، PNG، WebP، AVIF، GIF", en: `the file's content (unknown type) is not allowed; ${IMAGES}`,
  });
});

test("fileKind :: regression: a UTF-16 CSV (Excel's Unicode Text) says save as UTF-8, not audio/mpeg; an empty .txt is refused", () => {
  const utf8 = { ok: false, fa: "پروندهٔ .csv باید متن UTF-8 بدون نویسهٔ NUL باشد؛ آن را با کدگذاری UTF-8 ذخیره کنید", en: "a .csv file must be UTF-8 text without NUL bytes; save it as UTF-8" };
  const utf16le = (text: string, bom: number[]) => new Uint8Array([...bom, ...Array.from(text).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
  assert.equal(fileKind(put("excel-unicode.csv", utf16le("نام,شهرستان\nکار,فسا\n", [0xff, 0xfe])), "attachment"), utf8);
  assert.equal(fileKind(put("no-bom.csv", utf16le("a,b\n1,2\n", [])), "attachment"), utf8);
  assert.equal(fileKind(put("be.txt", new Uint8Array([0xfe, 0xff, 0, 0x61, 0, 0x0a])), "attachment"), { ...utf8, fa: utf8.fa.replace(".csv", ".txt"), en: utf8.en.replace(".csv", ".txt") });
  assert.equal(fileKind(put("empty.txt", ""), "attachment"), {
    ok: false, fa: "محتوای پرونده (نوع ناشناخته) پذیرفته نیست؛ نوع‌های مجاز پیوست: PDF، Word (DOCX)، Excel (XLSX)، PowerPoint (PPTX)، Word/Excel 97–2003 (DOC, XLS, PPT)، OpenDocument (ODT)، OpenDocument (ODS)، OpenDocument (ODP)، ZIP، JPEG، PNG، WebP، AVIF، GIF، CSV/TXT (UTF-8)", en: `the file's content (unknown type) is not allowed; ${ATTACHMENTS}`,
  });
});

test("allowedKinds :: images are a subset of attachments", () => {
  assert.equal(allowedKinds("image"), ["JPEG", "PNG", "WebP", "AVIF", "GIF"]);
  for (const k of allowedKinds("image")) assert.ok(allowedKinds("attachment").includes(k));
});

test.run();
