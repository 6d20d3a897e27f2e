import type { Page } from "playwright-core";

export interface FontReport {
  faces: Array<{ status: string; unicodeRange: string }>;
  check: boolean;
  bodyFamily: string;
}

/** What the browser says about Vazirmatn on the page, once every font it needs has loaded. */
export async function fontReport(page: Page): Promise<FontReport> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const faces = [...document.fonts]
      .filter((f) => f.family.replace(/^["']|["']$/g, "") === "Vazirmatn")
      .map((f) => ({ status: f.status, unicodeRange: f.unicodeRange }));
    return { faces, check: document.fonts.check("16px Vazirmatn", "سلام"), bodyFamily: getComputedStyle(document.body).fontFamily };
  });
}

/** Whether a CSS unicode-range (`U+0600-06FF, U+200C-200E`) covers a code point. */
export function rangeCovers(unicodeRange: string, codePoint: number): boolean {
  return unicodeRange.split(",").some((part) => {
    const m = /^\s*U\+([0-9A-F?]+)(?:-([0-9A-F]+))?\s*$/i.exec(part);
    if (!m) return false;
    const lo = parseInt(m[1]!.replace(/\?/g, "0"), 16);
    const hi = m[2] ? parseInt(m[2], 16) : parseInt(m[1]!.replace(/\?/g, "F"), 16);
    return codePoint >= lo && codePoint <= hi;
  });
}

/**
 * Gate 7, one page: the page really is set in Vazirmatn, not a fallback. `document.fonts.check`
 * alone is not enough (it answers true for a family that has no face at all), so it also needs
 * Vazirmatn faces declared, none failed, the face that covers Persian letters loaded, and the
 * body's computed font-family starting with Vazirmatn.
 */
export function fontProblems(report: FontReport): string[] {
  const problems: string[] = [];
  if (report.faces.length === 0) problems.push("no @font-face for Vazirmatn in document.fonts");
  for (const f of report.faces) if (f.status === "error") problems.push(`Vazirmatn face (${f.unicodeRange}) failed to load`);
  const persian = report.faces.filter((f) => rangeCovers(f.unicodeRange, 0x0633));
  if (report.faces.length && !persian.some((f) => f.status === "loaded")) {
    problems.push(`the Vazirmatn face for Persian letters is not loaded (${report.faces.map((f) => `${f.status} ${f.unicodeRange.slice(0, 20)}`).join("; ")})`);
  }
  if (!report.check) problems.push("document.fonts.check('16px Vazirmatn', 'سلام') is false");
  if (!/^\s*["']?Vazirmatn["']?\s*(?:,|$)/.test(report.bodyFamily)) problems.push(`body font-family is «${report.bodyFamily}», not Vazirmatn first`);
  return problems;
}
