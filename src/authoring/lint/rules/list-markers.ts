import type { LintRule, RuleEdit } from "../rule.ts";

// Hand-written: no library knows this Persian habit. Staff number a list «۱- …», «۲- …», which
// Markdown reads as a paragraph (see src/content/list-markers.ts for why «۱-» is not a marker).
// Two or more such lines in a row are a list that will not show as one: «۱.» is the fix.
const DASH_ITEM = /^([0-9\u06F0-\u06F9\u0660-\u0669]{1,3})[ \t]?[-\u2013][ \t]+(?=\S)/;

/**
 * A numbered list written «۱- …» (two or more lines in a row): the site would show one paragraph.
 * @example listMarkers.find("۱- اول\n۲- دوم", ctx) → [{ start: 1, end: 2, replacement: "." }, { start: 8, end: 9, replacement: "." }]
 */
export const listMarkers: LintRule = {
  id: "list-markers",
  fa: "فهرست شماره‌دار با «۱-» نوشته شده و در سایت یک بند پیوسته می‌شود؛ «۱.» بنویسید",
  en: "a numbered list written «۱-» is shown as one paragraph; write «۱.»",
  trigger: /^[0-9\u06F0-\u06F9\u0660-\u0669]{1,3} ?[-\u2013][ \t]/m,
  find(masked) {
    const edits: RuleEdit[] = [];
    let run: RuleEdit[] = [];
    const flush = () => {
      if (run.length >= 2) edits.push(...run);
      run = [];
    };
    let offset = 0;
    for (const line of masked.split("\n")) {
      const m = DASH_ITEM.exec(line);
      if (m) {
        const digits = m[1] as string;
        // «۱ - اول» too: the space before the dash goes with it.
        run.push({ start: offset + digits.length, end: offset + m[0].trimEnd().length, replacement: "." });
      } else if (line.trim() !== "") flush();
      offset += line.length + 1;
    }
    flush();
    return edits;
  },
};
