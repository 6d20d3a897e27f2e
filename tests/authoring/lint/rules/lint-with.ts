// Test helper (not a suite): run one rule over a release body or front matter.
import path from "node:path";
import { fixText } from "../../../../src/authoring/lint/fix-text.ts";
import { readHouseWords } from "../../../../src/authoring/lint/house-list.ts";
import { lintText, type LintWarning } from "../../../../src/authoring/lint/lint-text.ts";
import type { LintRule } from "../../../../src/authoring/lint/rule.ts";

export const context = { houseWords: readHouseWords(path.join(process.cwd(), "_data")) };

/** A minimal release file around a body. */
export function release(body: string, frontMatter = "title: تیتر آزمایشی خبر"): string {
  return `---\ncode: 1\n${frontMatter}\ndate: 1404-06-25 10:30\ntopics: [employment]\n---\n${body}\n`;
}

/** The warnings of one rule over a body. */
export function warnings(rule: LintRule, body: string, frontMatter?: string): LintWarning[] {
  return lintText(release(body, frontMatter), "x.md", context, [rule]);
}

/** "found → replacement" of each warning of one rule over a body. */
export function changes(rule: LintRule, body: string, frontMatter?: string): string[] {
  return warnings(rule, body, frontMatter).map((w) => `${w.found} → ${w.replacement}`);
}

/** The body after --fix with every rule. */
export function fixBody(body: string): string {
  const text = release(body);
  const fixed = fixText(text, context).text;
  return fixed.slice(fixed.indexOf("\n---\n") + 5, -1);
}
