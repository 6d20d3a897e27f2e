import type { Problem } from "./problem.ts";
import { quoteFound } from "./problem.ts";

/** A body above this many bytes (UTF-8) draws a warning from `check`: issue 12, point 7. */
export const BODY_WARN_BYTES = 200 * 1024;

/**
 * A `data:` URI: the scheme, an optional media type and parameters, then the comma that starts
 * the payload (RFC 2397). `data:` inside a word (`metadata:`) does not count. Every quantifier is
 * over a class that cannot match the character after it, so matching is linear.
 */
const DATA_URI = /(?<![\w-])data:(?:[a-z]+\/[\w.+-]+)?(?:;[\w.+-]+(?:=[\w.+-]*)?)*,/i;

/**
 * Problems of a release body as written: a pasted `data:` URI (an image or file inlined into
 * the text, often megabytes, that would bloat every page and feed; images are files) is an
 * error; a body over 200 KB is a warning. Source of the rule: issue 12, point 7.
 */
export function checkBody(file: string, body: string): Problem[] {
  const problems: Problem[] = [];
  const m = DATA_URI.exec(body);
  if (m) {
    problems.push({
      file, field: "body", found: quoteFound(body.slice(m.index, m.index + 60)), severity: "error",
      fa: "متن خبر نشانی data: دارد (تصویر یا پرونده‌ای که درون متن چسبانده شده)؛ تصویر را پرونده کنید و در image یا attachments بیاورید",
      en: "the body holds a data: URI (an image or file pasted into the text); save it as a file and name it in image or attachments",
    });
  }
  const bytes = Buffer.byteLength(body, "utf8");
  if (bytes > BODY_WARN_BYTES) {
    problems.push({
      file, field: "body", found: `${Math.round(bytes / 1024)} KB`, severity: "warning",
      fa: `متن خبر ${Math.round(bytes / 1024)} کیلوبایت است (بیش از ۲۰۰ کیلوبایت)؛ در خوراک‌ها فقط خلاصه و پیوند آن می‌آید. آیا متنی اضافه چسبانده شده؟`,
      en: `the body is ${Math.round(bytes / 1024)} KB (over 200 KB); feeds will carry only its summary and link. Was something pasted by mistake?`,
    });
  }
  return problems;
}
