import path from "node:path";

/** Names the build writes itself: a page, or the precompressed copy of a file. */
function reservedName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === "index.html" || lower.endsWith(".gz");
}

/** The form two names are compared in: Unicode NFC and lower case (case-insensitive file systems and decomposed Persian letters alike). */
const comparable = (p: string) => p.normalize("NFC").toLowerCase();

/**
 * Why no file may be published at `publishPath` (a site path, not encoded), or undefined when
 * one may: `index.html` is the page beside it, and names ending `.gz` are what the precompress
 * step writes. Source of the rule: issue 12, point 9.
 * @example reservedNameRefusal("/releases/142/index.html") → { fa: "نام «index.html» رزرو شده است…", en: "…" }
 */
export function reservedNameRefusal(publishPath: string): { fa: string; en: string } | undefined {
  const name = path.posix.basename(publishPath);
  if (!reservedName(name)) return undefined;
  return {
    fa: `نام «${name}» رزرو شده است (index.html و نام‌های پایان‌یافته به .gz را خود سایت می‌سازد)؛ نام پرونده را عوض کنید`,
    en: `the name “${name}” is reserved (the site writes index.html and names ending in .gz itself); rename the file`,
  };
}

/**
 * Why a file of a release may not be published at `publishPath`: an earlier file of the same
 * release is published at the same path (two files from different folders, or names equal but
 * for case or Unicode form, would overwrite each other). Undefined when it may. Source of the
 * rule: issue 12, point 9.
 * @example publishedNameClash("/releases/142/a.pdf", ["/releases/142/A.pdf"]) → { fa: "…", en: "…" }
 */
export function publishedNameClash(publishPath: string, earlier: readonly string[]): { fa: string; en: string } | undefined {
  const key = comparable(publishPath);
  if (earlier.some((p) => comparable(p) === key)) {
    return {
      fa: `پروندهٔ دیگری از همین خبر با همین نام (${publishPath}) منتشر می‌شود؛ یکی از دو پرونده را تغییر نام دهید`,
      en: `another file of this release is published under the same name (${publishPath}); rename one of the two`,
    };
  }
  return undefined;
}
