import { readFileSync, writeFileSync } from "node:fs";
import { decodeRelease } from "../../content/front-matter.ts";
import { fixText } from "../lint/fix-text.ts";
import { lintText, type LintWarning } from "../lint/lint-text.ts";
import type { RuleContext } from "../lint/rule.ts";
import { frontMatterSkeleton } from "./front-matter.ts";

export interface FixResult {
  /** Warnings applied, positions as found in the round that fixed them. */
  applied: LintWarning[];
  /** Why the front matter was left alone, when it was. */
  refused?: { fa: string; en: string };
}

/**
 * Apply the safe lint fixes to one release file in place, and write it only if it changed.
 * The front matter is fixed only when it reads the same afterwards except for prose values;
 * otherwise only the body is fixed and the reason is returned.
 * @example fixReleaseFile("/repo/releases/1404/0016-x.md", "releases/1404/0016-x.md", ctx).applied.length → 3
 */
export function fixReleaseFile(absPath: string, file: string, context: RuleContext): FixResult {
  // A file that is not UTF-8 is never rewritten: decoding it as UTF-8 would destroy its text.
  if (!decodeRelease(readFileSync(absPath)).ok) return { applied: [] };
  const before = readFileSync(absPath, "utf8");
  const skeleton = frontMatterSkeleton(before);
  let refused: FixResult["refused"];
  let result = skeleton === null ? undefined : fixText(before, context);
  if (result && frontMatterSkeleton(result.text) !== skeleton) {
    result = undefined;
    refused = {
      fa: "اصلاح خودکار مشخصات خبر، ساختار YAML را تغییر می‌داد؛ فقط متن خبر اصلاح شد. هشدارهای بالای پرونده را با دست درست کنید",
      en: "fixing the front matter would have changed its YAML structure; only the body was fixed. Fix the front-matter warnings by hand",
    };
  } else if (!result) {
    refused = {
      fa: "مشخصات خبر (YAML) خوانا نیست؛ فقط متن خبر اصلاح شد. نخست خطای YAML را درست کنید",
      en: "the front matter (YAML) cannot be read; only the body was fixed. Fix the YAML error first",
    };
  }
  result ??= fixText(before, context, (w) => w.field === "body");
  const applied = result.applied.map((w) => ({ ...w, file }));
  if (result.text !== before) writeFileSync(absPath, result.text);
  // Tell why only when front-matter fixes were really left undone.
  const leftInFrontMatter = refused !== undefined && lintText(result.text, file, context).some((w) => w.safe && w.field !== "body");
  return { applied, ...(leftInFrontMatter ? { refused } : {}) };
}
