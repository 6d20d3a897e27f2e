import { toPersianDigits } from "../../persian/digits.ts";
import type { LintWarning } from "./lint-text.ts";

/**
 * Keyboard-layout slips: a text typed on an Arabic or English keyboard has one on nearly every
 * word (53 warnings for one release). They are one mistake, shown once per field.
 */
const KINDS: Record<string, { fa: string; en: string }> = {
  "arabic-letters": { fa: "ي/ك عربی", en: "Arabic ي/ك" },
  "teh-marbuta": { fa: "ة عربی", en: "Arabic ة" },
  digits: { fa: "رقم لاتین یا عربی", en: "Latin or Arabic-Indic digits" },
};

/**
 * Fold the warnings of each keyboard-layout rule (arabic-letters, teh-marbuta, digits) into one
 * warning per rule and field when there are two or more: at the first place, with `count`, and
 * a message such as «ي/ك عربی در ۴۰ جا؛ با --fix درست می‌شود». Other warnings pass unchanged;
 * the order is kept (the group stands where its first warning stood). `done` words the message
 * for fixes already applied («… در ۴۰ جا درست شد»).
 * @example groupLayoutWarnings(fortyArabicWarnings)[0].count → 40
 */
export function groupLayoutWarnings(warnings: readonly LintWarning[], done = false): LintWarning[] {
  const byKey = new Map<string, LintWarning[]>();
  for (const w of warnings) {
    if (!(w.rule in KINDS)) continue;
    const key = `${w.rule}\u0000${w.field}`;
    byKey.set(key, [...(byKey.get(key) ?? []), w]);
  }
  const out: LintWarning[] = [];
  for (const w of warnings) {
    const members = byKey.get(`${w.rule}\u0000${w.field}`);
    if (!members || members.length < 2) {
      out.push(w);
      continue;
    }
    if (members[0] !== w) continue;
    const kind = KINDS[w.rule] as { fa: string; en: string };
    const n = members.length;
    const safe = members.every((m) => m.safe);
    out.push({
      ...w,
      count: n,
      safe,
      fa: done
        ? `${kind.fa} در ${toPersianDigits(n)} جا درست شد`
        : `${kind.fa} در ${toPersianDigits(n)} جا؛ ${safe ? "با --fix درست می‌شود" : "خودتان درست کنید"} (نخستین جا نشان داده شده؛ صفحه‌کلید فارسی استاندارد را به کار ببرید)`,
      en: done
        ? `${kind.en} fixed in ${n} places`
        : `${kind.en} in ${n} places; ${safe ? "--fix corrects them" : "fix them by hand"} (the first is shown; use the standard Persian keyboard)`,
    });
  }
  return out;
}
