import { parseReleaseDate } from "../content/parse-date.ts";
import { renderBody } from "../content/markdown.ts";
import { toPersianDigits } from "../persian/digits.ts";
import { jalaliDateTime } from "../persian/jalali.ts";
import { foldArabicLetters } from "../persian/persian-letters.ts";
import { provideCollections } from "./next-code.ts";
import { react, type Child } from "./react.ts";

interface PreviewProps {
  entry: { getIn(path: string[]): unknown };
  getAsset(path: string): { toString(): string } | undefined;
  getCollection(name: string): Promise<never>;
}

/** Persian names of topics and counties, from the generated configuration. */
export interface PreviewVocabulary {
  topics: Record<string, string>;
  counties: Record<string, string>;
}

const plain = (v: unknown): unknown => (v && typeof (v as { toJS?: unknown }).toJS === "function" ? (v as { toJS(): unknown }).toJS() : v);
const str = (v: unknown): string => (typeof v === "string" ? v : "");

/** The release's time as the site prints it, or the typed text when it does not read. */
function when(raw: unknown): string {
  const p = parseReleaseDate(raw);
  return p.ok ? jalaliDateTime(p.value) : str(raw);
}

/**
 * The release preview: the markup of src/_includes/partials/release-article.njk (head, meta,
 * image, body rendered by the site's own Markdown renderer, attachments, history), styled by the
 * site's stylesheet (registered with registerPreviewStyle), right to left, Jalali dates in Tehran
 * time and Persian digits, as the built page shows them.
 */
export function previewTemplate(vocab: PreviewVocabulary): unknown {
  const { h, createClass } = react();
  return createClass<PreviewProps>({
    render() {
      const { entry, getAsset } = this.props;
      provideCollections(this.props.getCollection);
      const data = (k: string) => plain(entry.getIn(["data", k]));
      const topics = (Array.isArray(data("topics")) ? data("topics") as string[] : []).map((t) => vocab.topics[t] ?? t);
      const county = vocab.counties[str(data("county"))];
      const image = data("image") as { src?: string; alt?: string; caption?: string } | undefined;
      const attachments = (Array.isArray(data("attachments")) ? data("attachments") : []) as { src?: string; title?: string }[];
      const updates = (Array.isArray(data("updates")) ? data("updates") : []) as { date?: string; note?: string }[];
      const withdrawn = data("withdrawn") as { date?: string; reason?: string } | undefined;
      const asset = (src?: string) => (src ? getAsset(src)?.toString() ?? src : "");
      const meta: Child[] = [
        h("div", null, h("dt", null, "زمان انتشار"), h("dd", null, h("time", null, when(data("date"))))),
        county ? h("div", null, h("dt", null, "شهرستان"), h("dd", null, county)) : null,
        topics.length ? h("div", null, h("dt", null, "موضوع"), h("dd", { className: "terms" }, topics.join("، "))) : null,
        h("div", null, h("dt", null, "کد خبر"), h("dd", null, toPersianDigits(str(String(data("code") ?? ""))))),
      ];
      return h("main", { id: "main", lang: "fa", dir: "rtl" },
        data("draft") === true ? h("p", { className: "newsroom-draft-note", role: "note" }, "پیش‌نویس: این خبر هنوز منتشر نمی‌شود.") : null,
        h("article", { className: "release" },
          h("header", { className: "release-head" },
            str(data("kicker")) ? h("p", { className: "kicker" }, foldArabicLetters(str(data("kicker")))) : null,
            h("h1", null, foldArabicLetters(str(data("title")))),
            withdrawn?.reason ? h("div", { className: "withdrawn-notice", role: "note" },
              h("h2", null, "این خبر پس گرفته شده است"),
              h("p", null, "تاریخ پس‌گرفتن: ", h("time", null, when(withdrawn.date))),
              h("p", null, `دلیل: ${withdrawn.reason}`)) : null,
            h("p", { className: "lead" }, foldArabicLetters(str(data("lead")))),
            h("dl", { className: "meta" }, ...meta)),
          image?.src ? h("figure", { className: "release-image" },
            h("img", { src: asset(image.src), alt: image.alt ?? "" }),
            image.caption ? h("figcaption", null, image.caption) : null) : null,
          h("div", { className: "body", dangerouslySetInnerHTML: { __html: renderBody(foldArabicLetters(str(data("body")))) } }),
          attachments.length ? h("section", { className: "attachments" },
            h("h2", null, "پیوست‌ها"),
            h("ul", null, ...attachments.map((a) => h("li", null, h("a", { href: asset(a.src) }, a.title ?? ""))))) : null,
          updates.length ? h("section", { className: "history" },
            h("h2", null, "سابقهٔ تغییرات"),
            h("ul", null, ...updates.map((u) => h("li", null, h("time", null, when(u.date)), `: ${u.note ?? ""}`)))) : null,
          h("p", { className: "end-mark" }, "■ انتهای پیام")));
    },
  });
}
