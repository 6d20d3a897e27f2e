/** The refusal of an attachment whose content is no known kind (HTML, JavaScript, SVG without an XML line). */
const UNKNOWN_ATTACHMENT_FA = "محتوای پرونده (نوع ناشناخته) پذیرفته نیست؛ نوع‌های مجاز پیوست: PDF، Word (DOCX)، Excel (XLSX)، PowerPoint (PPTX)، Word/Excel 97–2003 (DOC, XLS, PPT)، OpenDocument (ODT)، OpenDocument (ODS)، OpenDocument (ODP)، ZIP، JPEG، PNG، WebP، AVIF، GIF، CSV/TXT (UTF-8)";
const UNKNOWN_ATTACHMENT_EN = "the file's content (unknown type) is not allowed; allowed attachment types: PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX), Word/Excel 97–2003 (DOC, XLS, PPT), OpenDocument (ODT), OpenDocument (ODS), OpenDocument (ODP), ZIP, JPEG, PNG, WebP, AVIF, GIF, CSV/TXT (UTF-8)";
/** The refusal of a `..` segment. */
const DOTDOT_FA = "مسیر نباید با .. از پوشهٔ خبر یا پوشهٔ media بیرون برود؛ پرونده را کنار پروندهٔ خبر بگذارید";
const DOTDOT_EN = "the path must not leave the release's folder or media/ with ..; put the file beside the release file";

/**
 * The hostile corpus (tests/fixtures/hostile/<kind>/releases, media/ beside it): for each kind,
 * every error the loader must give, exactly: [field, found, Persian, English]. The file is always
 * the kind's `releases/0001-visit.md`. Shared by the loader test and the build test.
 */
export const HOSTILE: Record<string, Array<[field: string, found: string | undefined, fa: string, en: string]>> = {
  "absolute-path": [
    ["attachments[1].src", "/etc/passwd", "مسیر باید نسبت به پروندهٔ خبر (./photo.jpg) یا از /media/ باشد، نه مسیری از رایانه", "the path must be relative to the release file (./photo.jpg) or under /media/, not a path on a computer"],
  ],
  "backslash": [
    ["attachments[1].src", "..\\..\\..\\package.json", "در مسیر به جای \\ از / استفاده کنید، مثلاً ./photos/photo.jpg", "use / in paths, not \\, e.g. ./photos/photo.jpg"],
  ],
  "body-media-escape": [
    ["body", "/media/../../../../package.json", DOTDOT_FA, DOTDOT_EN],
    ["body", "/media/../../.git/config", DOTDOT_FA, DOTDOT_EN],
    ["body", "/media/page.html", UNKNOWN_ATTACHMENT_FA, UNKNOWN_ATTACHMENT_EN],
  ],
  "colliding-names": [
    ["attachments[2].src", "./b/report.pdf", "پروندهٔ دیگری از همین خبر با همین نام (/releases/1/report.pdf) منتشر می‌شود؛ یکی از دو پرونده را تغییر نام دهید", "another file of this release is published under the same name (/releases/1/report.pdf); rename one of the two"],
    ["attachments[3].src", "./Report.PDF", "پروندهٔ دیگری از همین خبر با همین نام (/releases/1/Report.PDF) منتشر می‌شود؛ یکی از دو پرونده را تغییر نام دهید", "another file of this release is published under the same name (/releases/1/Report.PDF); rename one of the two"],
  ],
  "data-uri-body": [
    ["body", "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAA", "متن خبر نشانی data: دارد (تصویر یا پرونده‌ای که درون متن چسبانده شده)؛ تصویر را پرونده کنید و در image یا attachments بیاورید", "the body holds a data: URI (an image or file pasted into the text); save it as a file and name it in image or attachments"],
  ],
  "encoded-traversal": [
    ["attachments[1].src", "./%2e%2e/%2e%2e/%2e%2e/package.json", "مسیر نشانه‌های رمزشده مانند %2e یا %2f دارد؛ نام واقعی پرونده را بنویسید", "the path holds encoded characters such as %2e or %2f; write the file's real name"],
    ["attachments[2].src", "./report%2fpasswd.pdf", "مسیر نشانه‌های رمزشده مانند %2e یا %2f دارد؛ نام واقعی پرونده را بنویسید", "the path holds encoded characters such as %2e or %2f; write the file's real name"],
  ],
  "extension-mismatch": [
    ["attachments[1].src", "./scan.pdf", "محتوای پرونده JPEG است ولی نامش به «.pdf» ختم می‌شود؛ پسوند را .jpg کنید", "the file is JPEG but its name ends in “.pdf”; rename it to .jpg"],
  ],
  "fake-jpg-image": [
    ["image.src", "./photo.jpg", "محتوای پرونده (نوع ناشناخته) پذیرفته نیست؛ نوع‌های مجاز تصویر: JPEG، PNG، WebP، AVIF، GIF", "the file's content (unknown type) is not allowed; allowed image types: JPEG, PNG, WebP, AVIF, GIF"],
  ],
  "hidden-file": [
    ["attachments[1].src", "./.env", "پرونده‌ها و پوشه‌های پنهان (نامی که با نقطه آغاز می‌شود) منتشر نمی‌شوند؛ نقطهٔ آغاز نام را بردارید", "hidden files and folders (a name starting with a dot) are never published; remove the leading dot"],
    ["attachments[2].src", "/media/.git/config", "پرونده‌ها و پوشه‌های پنهان (نامی که با نقطه آغاز می‌شود) منتشر نمی‌شوند؛ نقطهٔ آغاز نام را بردارید", "hidden files and folders (a name starting with a dot) are never published; remove the leading dot"],
  ],
  "html-attachment": [
    ["attachments[1].src", "./report.html", UNKNOWN_ATTACHMENT_FA, UNKNOWN_ATTACHMENT_EN],
  ],
  "js-attachment": [
    ["attachments[1].src", "./helper.js", UNKNOWN_ATTACHMENT_FA, UNKNOWN_ATTACHMENT_EN],
  ],
  "media-dotdot": [
    ["image.src", "/media/../../../../package.json", DOTDOT_FA, DOTDOT_EN],
  ],
  "nul-byte": [
    // The found value and the suffix naming the character come from validate.ts (invisible.ts).
    ["attachments[1].src", "./report.pdf⟨U+0000⟩.jpg",
      "مسیر نویسهٔ نامرئی یا نامجاز (مانند NUL) دارد؛ نام پرونده را دوباره بنویسید (در این مقدار نویسهٔ نامرئی U+0000 هست؛ آن را پاک کنید)",
      "the path holds an invisible or forbidden character (NUL or another control character); retype the file name (the value contains invisible character U+0000; delete it)"],
  ],
  "pdf-as-image": [
    ["image.src", "./photo.jpg", "محتوای پرونده (application/pdf) پذیرفته نیست؛ نوع‌های مجاز تصویر: JPEG، PNG، WebP، AVIF، GIF", "the file's content (application/pdf) is not allowed; allowed image types: JPEG, PNG, WebP, AVIF, GIF"],
  ],
  "reserved-names": [
    ["attachments[1].src", "./index.html", "نام «index.html» رزرو شده است (index.html و نام‌های پایان‌یافته به .gz را خود سایت می‌سازد)؛ نام پرونده را عوض کنید", "the name “index.html” is reserved (the site writes index.html and names ending in .gz itself); rename the file"],
    ["attachments[2].src", "./archive.pdf.gz", "نام «archive.pdf.gz» رزرو شده است (index.html و نام‌های پایان‌یافته به .gz را خود سایت می‌سازد)؛ نام پرونده را عوض کنید", "the name “archive.pdf.gz” is reserved (the site writes index.html and names ending in .gz itself); rename the file"],
  ],
  "svg-attachment": [
    ["attachments[1].src", "./chart.svg", UNKNOWN_ATTACHMENT_FA, UNKNOWN_ATTACHMENT_EN],
  ],
  "svg-image": [
    ["image.src", "./logo.svg", "محتوای پرونده (application/xml) پذیرفته نیست؛ نوع‌های مجاز تصویر: JPEG، PNG، WebP، AVIF، GIF", "the file's content (application/xml) is not allowed; allowed image types: JPEG, PNG, WebP, AVIF, GIF"],
  ],
  "text-not-utf8": [
    ["attachments[1].src", "./notes.txt", "پروندهٔ .txt باید متن UTF-8 بدون نویسهٔ NUL باشد؛ آن را با کدگذاری UTF-8 ذخیره کنید", "a .txt file must be UTF-8 text without NUL bytes; save it as UTF-8"],
    ["attachments[2].src", "./table.csv", "پروندهٔ .csv باید متن UTF-8 بدون نویسهٔ NUL باشد؛ آن را با کدگذاری UTF-8 ذخیره کنید", "a .csv file must be UTF-8 text without NUL bytes; save it as UTF-8"],
  ],
  "traversal-attachment": [
    ["attachments[1].src", "../../../../../.git/config", DOTDOT_FA, DOTDOT_EN],
  ],
  "traversal-image": [
    ["image.src", "../../../../../../../../etc/passwd", DOTDOT_FA, DOTDOT_EN],
  ],
  "web-address": [
    ["image.src", "https://example.com/photo.jpg", "مسیر باید نسبت به پروندهٔ خبر (./photo.jpg) یا از /media/ باشد، نه نشانی اینترنتی", "the path must be relative to the release file (./photo.jpg) or under /media/, not a web address"],
  ],
  "windows-drive": [
    ["attachments[1].src", "C:/Windows/win.ini", "مسیر باید نسبت به پروندهٔ خبر (./photo.jpg) یا از /media/ باشد، نه مسیری از رایانه", "the path must be relative to the release file (./photo.jpg) or under /media/, not a path on a computer"],
  ],
};
