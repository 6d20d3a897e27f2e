import { jalaliStamp } from "../authoring/new/jalali-stamp.ts";
import { parseReleaseDate } from "../content/parse-date.ts";
import { RELEASE_FIELDS, topicsCountMessage, type TextField } from "../content/schema.ts";
import { toPersianDigits } from "../persian/digits.ts";
import { jalaliDateTime } from "../persian/jalali.ts";
import { checkFileSlug, checkText, fileStem, normaliseJalali, yearFolder } from "./checks.ts";
import { proposeCode } from "./next-code.ts";
import { react, type ControlProps } from "./react.ts";

/** A text field of the schema by its dotted name: `title`, `image.alt`, `updates.note`. */
function textField(name: string): TextField {
  const [top, sub] = name.split(".") as [keyof typeof RELEASE_FIELDS, string | undefined];
  const f = RELEASE_FIELDS[top] as { kind: string; fields?: Record<string, unknown> };
  const field = (sub ? f.fields?.[sub] : f) as TextField | undefined;
  if (field?.kind !== "text") throw new Error(`not a text field of the schema: ${name}`);
  return field;
}

/** A plain array from Sveltia's value (an array, an Immutable List or nothing). */
function toList(v: unknown): unknown[] & string[] {
  const plain = v && typeof (v as { toJS?: unknown }).toJS === "function" ? (v as { toJS(): unknown }).toJS() : v;
  return (Array.isArray(plain) ? plain : []) as unknown[] & string[];
}

const valid = (message: string | undefined) => (message ? { error: { message } } : true);

/**
 * Registers the desk's own field types with Sveltia CMS:
 * - `newsroom-text`: text checked with the loader's length rule and message (`schema_field` names the field);
 * - `newsroom-jalali`: a typed Jalali date-time in Tehran time, Persian or Latin digits, stored `1404-06-25 10:30`;
 * - `newsroom-topics`: topics as checkboxes, 1–5, with the loader's message;
 * - `newsroom-code`: the news code, proposed from the releases in the signed-in repository;
 * - `newsroom-filename`: the Latin words of a new release's file name; stores `0016-words`;
 * - `newsroom-year`: the Jalali year folder of a new release, from its date.
 */
export function registerFields(cms: { registerFieldType(name: string, control: unknown): void }): void {
  const { h, createClass } = react();

  cms.registerFieldType("newsroom-text", createClass<ControlProps>({
    isValid() {
      return valid(checkText(textField(String(this.props.field.get("schema_field"))), this.props.value));
    },
    render() {
      const field = textField(String(this.props.field.get("schema_field")));
      const value = typeof this.props.value === "string" ? this.props.value : "";
      const common = {
        id: this.props.forID, "aria-labelledby": `${this.props.forID}-label`, className: `newsroom-input ${this.props.classNameWrapper}`, dir: "rtl", value,
        onInput: (e: Event) => this.props.onChange((e.target as HTMLInputElement).value),
        onChange: (e: Event) => this.props.onChange((e.target as HTMLInputElement).value),
      };
      return h("div", { className: "newsroom-field" },
        field.multiline ? h("textarea", { ...common, rows: 4 }) : h("input", { ...common, type: "text" }),
        h("small", { className: "newsroom-count" }, `${toPersianDigits([...value.replace(/\s+/g, " ").trim()].length)} نویسه (${toPersianDigits(field.min)} تا ${toPersianDigits(field.max)})`));
    },
  }));

  cms.registerFieldType("newsroom-jalali", createClass<ControlProps, { typed: string }>({
    getInitialState() {
      const value = typeof this.props.value === "string" ? this.props.value : "";
      return { typed: value };
    },
    componentDidMount() {
      // A new release starts at now, Tehran time, whatever the computer's time zone.
      if (this.props.field.get("default_now") && !this.props.value) {
        const now = jalaliStamp(new Date());
        this.setState({ typed: now });
        this.props.onChange(now);
      }
    },
    isValid() {
      const r = normaliseJalali(this.state.typed);
      return valid("error" in r ? r.error : undefined);
    },
    render() {
      const typed = this.state.typed;
      const r = normaliseJalali(typed);
      const onInput = (e: Event) => {
        const text = (e.target as HTMLInputElement).value;
        this.setState({ typed: text });
        const n = normaliseJalali(text);
        // Store the normalised form when it reads; otherwise the raw text, so the save is refused.
        this.props.onChange("value" in n ? n.value : text);
      };
      return h("div", { className: "newsroom-field" },
        h("input", {
          id: this.props.forID, "aria-labelledby": `${this.props.forID}-label`, className: `newsroom-input ${this.props.classNameWrapper}`, dir: "ltr", inputMode: "numeric",
          placeholder: "۱۴۰۴-۰۶-۲۵ ۱۰:۳۰", value: typed, onInput, onChange: onInput,
        }),
        h("small", { className: "newsroom-count" }, "value" in r
          ? `به وقت تهران: ${jalaliDateTime(jalaliToDate(r.value))}`
          : "سال-ماه-روز ساعت:دقیقه، تقویم شمسی، وقت تهران"));
    },
  }));

  cms.registerFieldType("newsroom-code", createClass<ControlProps, { note: string }>({
    getInitialState() {
      return { note: "" };
    },
    componentDidMount() {
      if (this.props.value) return;
      this.setState({ note: "در حال یافتن کد آزاد بعدی…" });
      // The codes in use come through the preview pane (next-code.ts); on a narrow screen it opens on demand.
      const hint = setTimeout(() => {
        if (!this.props.value) this.setState({ note: "برای پیشنهاد کد آزاد بعدی، پیش‌نمایش را یک بار باز کنید؛ یا کد را خودتان بنویسید." });
      }, 3000);
      proposeCode().then((code) => {
        clearTimeout(hint);
        if (this.props.value) return;
        this.props.onChange(code);
        this.setState({ note: `کد آزاد بعدی در مخزن: ${toPersianDigits(code)}` });
      }, () => this.setState({ note: "کد بعدی پیدا نشد؛ آن را خودتان بنویسید." }));
    },
    isValid() {
      const n = Number(this.props.value);
      return valid(Number.isSafeInteger(n) && n >= 1 ? undefined : "کد خبر باید عدد صحیح بزرگ‌تر از صفر باشد، مثلاً 142");
    },
    render() {
      const onInput = (e: Event) => {
        const text = (e.target as HTMLInputElement).value.replace(/[۰-۹]/g, (d) => String("۰۱۲۳۴۵۶۷۸۹".indexOf(d)));
        this.props.onChange(/^\d+$/.test(text) ? Number(text) : text);
      };
      return h("div", { className: "newsroom-field" },
        h("input", { id: this.props.forID, "aria-labelledby": `${this.props.forID}-label`, className: `newsroom-input ${this.props.classNameWrapper}`, dir: "ltr", inputMode: "numeric",
          value: this.props.value === undefined || this.props.value === null ? "" : String(this.props.value), onInput, onChange: onInput }),
        h("small", { className: "newsroom-count" }, this.state.note));
    },
  }));

  // A release not saved yet has no path; a saved one keeps its file name.
  cms.registerFieldType("newsroom-topics", createClass<ControlProps>({
    isValid() {
      const list = toList(this.props.value);
      const t = RELEASE_FIELDS.topics;
      return valid(list.length < t.min || list.length > t.max ? topicsCountMessage().fa : undefined);
    },
    render() {
      const chosen = toList(this.props.value);
      const options = toList(this.props.field.get("options")) as { label: string; value: string }[];
      const toggle = (key: string) => {
        const next = chosen.includes(key) ? chosen.filter((k) => k !== key) : [...chosen, key];
        this.props.onChange(next);
      };
      return h("div", { className: "newsroom-field newsroom-topics", role: "group", "aria-labelledby": `${this.props.forID}-label` },
        ...options.map((o) => h("label", { key: o.value, className: "newsroom-topic" },
          h("input", { type: "checkbox", checked: chosen.includes(o.value), onChange: () => toggle(o.value) }), ` ${o.label}`)),
        h("small", { className: "newsroom-count" }, `${toPersianDigits(chosen.length)} موضوع انتخاب شده (${toPersianDigits(RELEASE_FIELDS.topics.min)} تا ${toPersianDigits(RELEASE_FIELDS.topics.max)})`));
    },
  }));

  const isNew = (p: ControlProps) => !p.entry?.get("path");
  const data = (p: ControlProps, key: string) => p.entry?.getIn(["data", key]);

  cms.registerFieldType("newsroom-filename", createClass<ControlProps, { slug: string }>({
    getInitialState() {
      const value = typeof this.props.value === "string" ? this.props.value : "";
      return { slug: /^\d{4,}-(.+)$/.exec(value)?.[1] ?? "" };
    },
    sync(slug: string) {
      const code = Number(data(this.props, "code"));
      this.props.onChange(!checkFileSlug(slug) && Number.isSafeInteger(code) && code > 0 ? fileStem(code, slug) : slug);
    },
    componentDidUpdate(prev: ControlProps) {
      // Keep the padded code in step with the code field.
      if (isNew(this.props) && data(prev, "code") !== data(this.props, "code")) {
        (this as unknown as { sync(s: string): void }).sync(this.state.slug);
      }
    },
    isValid() {
      return valid(isNew(this.props) ? checkFileSlug(this.state.slug) : undefined);
    },
    render() {
      if (!isNew(this.props)) {
        return h("p", { className: "newsroom-count", dir: "ltr" }, String(this.props.entry?.get("path") ?? ""));
      }
      const onInput = (e: Event) => {
        const slug = (e.target as HTMLInputElement).value.trim();
        this.setState({ slug });
        (this as unknown as { sync(s: string): void }).sync(slug);
      };
      const year = yearFolder(data(this.props, "date")) || "YYYY";
      const stem = typeof this.props.value === "string" && /^\d{4,}-/.test(this.props.value) ? this.props.value : "NNNN-name";
      return h("div", { className: "newsroom-field" },
        h("input", { id: this.props.forID, "aria-labelledby": `${this.props.forID}-label`, className: `newsroom-input ${this.props.classNameWrapper}`, dir: "ltr",
          placeholder: "kazerun-pool", value: this.state.slug, onInput, onChange: onInput }),
        h("small", { className: "newsroom-count", dir: "ltr" }, `releases/${year}/${stem}.md`));
    },
  }));

  // The Jalali year folder of a new release, from its date; not written to the file (format.ts).
  cms.registerFieldType("newsroom-year", createClass<ControlProps>({
    componentDidMount() {
      (this as unknown as { sync(): void }).sync();
    },
    componentDidUpdate() {
      (this as unknown as { sync(): void }).sync();
    },
    sync() {
      const year = yearFolder(data(this.props, "date"));
      if (isNew(this.props) && year && year !== this.props.value) this.props.onChange(year);
    },
    render() {
      const year = isNew(this.props) ? yearFolder(data(this.props, "date")) : "";
      return h("p", { className: "newsroom-count", dir: "ltr" }, year ? `releases/${year}/` : "");
    },
  }));
}

/** `1404-06-25 10:30` (Tehran) → the instant, for display only. */
function jalaliToDate(stamp: string): Date {
  const p = parseReleaseDate(stamp);
  return p.ok ? p.value.toJSDate() : new Date(NaN);
}
