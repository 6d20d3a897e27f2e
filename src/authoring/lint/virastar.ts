import Virastar from "virastar";
import { MASK } from "./chars.ts";
import { diffHunks } from "./diff.ts";
import type { RuleEdit } from "./rule.ts";

/** Every virastar option, all off: each rule turns on only what it needs. */
const ALL_OFF = Object.fromEntries(Object.keys(new Virastar().defaults).map((key) => [key, false]));

/**
 * A virastar cleaner with only the named options on. With its defaults on a Markdown body,
 * virastar 0.22.1 turns `code` into «code», splits "..." into ". . .", adds a space inside «سلام.»,
 * rewrites list spacing and Latin-context digits (ILNA ۲۰۲۵), and its preservers pad placeholders
 * with spaces and eat a space when restoring them. So every other option stays off, and it only
 * ever sees the masked text (mask.ts), where what must not change is already hidden.
 * @example virastarWith(["fix_perfix_spacing"])("می شود") → "می‌شود"
 */
export function virastarWith(options: readonly string[]): (text: string) => string {
  for (const option of options) {
    if (!(option in ALL_OFF)) throw new Error(`virastar has no option ${option}`);
  }
  const instance = new Virastar({ ...ALL_OFF, ...Object.fromEntries(options.map((o) => [o, true])) });
  return (text) => instance.cleanup(text);
}

/**
 * Run a virastar cleaner line by line over the masked text and return what it changed as edits.
 * Only lines matching `pretest` are cleaned (most lines are clean: this keeps `check` fast).
 * `keep` may drop hunks the rule does not stand behind.
 * @example virastarEdits("می شود", /می /, virastarWith(["fix_perfix_spacing"])) → [{ start: 2, end: 3, replacement: "\u200c" }]
 */
export function virastarEdits(
  masked: string,
  pretest: RegExp,
  clean: (text: string) => string,
  keep: (edit: RuleEdit, masked: string) => boolean = () => true,
): RuleEdit[] {
  if (!pretest.test(masked)) return [];
  const edits: RuleEdit[] = [];
  let start = 0;
  while (start <= masked.length) {
    let end = masked.indexOf("\n", start);
    if (end === -1) end = masked.length;
    const line = masked.slice(start, end);
    if (pretest.test(line)) {
      // virastar wants a space, a quote or a mark after a suffix (its patternAfter), and a masked
      // run (the closing quote of `kicker: "… کرده اند"`, a link) is none of those: it sees spaces
      // there instead, and a change that would touch a masked character is dropped.
      const input = line.includes(MASK) ? line.replaceAll(MASK, " ") : line;
      for (const hunk of diffHunks(input, clean(input))) {
        if (input !== line && line.slice(hunk.start, Math.max(hunk.end, hunk.start + 1)).includes(MASK)) continue;
        const edit = { start: start + hunk.start, end: start + hunk.end, replacement: hunk.replacement };
        if (keep(edit, masked)) edits.push(edit);
      }
    }
    start = end + 1;
  }
  return edits;
}
