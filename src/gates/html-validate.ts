import { readFileSync } from "node:fs";
import path from "node:path";
import { HtmlValidate, type ConfigData } from "html-validate";
import { count } from "./site-files.ts";
import { result, type GateContext, type GateResult } from "./types.ts";

/**
 * Gate 1: html-validate on every page, with the committed `.htmlvalidate.json`
 * (the recommended preset; only `doctype-style` is off, because the preset wants
 * `<!DOCTYPE html>` in upper case and the HTML standard allows either case, and
 * `long-title` allows 120 characters, the longest headline the content model accepts:
 * a release page's title is its headline).
 * No other rule is turned off: a finding is a defect to fix in the templates.
 */
export async function htmlValidateGate(ctx: GateContext): Promise<GateResult> {
  const config = JSON.parse(readFileSync(path.join(ctx.root, ".htmlvalidate.json"), "utf8")) as ConfigData;
  delete (config as Record<string, unknown>).$schema;
  const validator = new HtmlValidate(config);
  const errors = new Map<string, string[]>();
  const warnings = new Map<string, string[]>();
  for (const page of ctx.pages) {
    const report = await validator.validateString(readFileSync(path.join(ctx.siteDir, page), "utf8"), page);
    for (const file of report.results) {
      for (const m of file.messages) {
        const group = m.severity === 2 ? errors : warnings;
        const key = `${m.ruleId}: ${m.message}`;
        group.set(key, [...(group.get(key) ?? []), `${page}:${m.line}:${m.column}`]);
      }
    }
  }
  const total = (g: Map<string, string[]>) => [...g.values()].reduce((n, l) => n + l.length, 0);
  const summary = `${count(ctx.pages.length, "page")}, ${count(total(errors), "error")}${warnings.size ? `, ${count(total(warnings), "warning")}` : ""}`;
  return result("html-validate", errors.size === 0, summary, grouped(errors), grouped(warnings).map((w) => `warning ${w}`));
}

/** One line per rule and message: how often, on how many pages, and the first places. */
export function grouped(messages: Map<string, string[]>): string[] {
  return [...messages].map(([key, places]) => {
    const pages = new Set(places.map((p) => p.replace(/:\d+:\d+$/, ""))).size;
    const shown = places.slice(0, 3).join(", ");
    return `${key} — ${places.length}× on ${count(pages, "page")}: ${shown}${places.length > 3 ? ", …" : ""}`;
  });
}
