import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** Gate 5, one page: axe-core's violations, each as one line `rule (impact): help — n× target, …`. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map((v) => {
    const targets = v.nodes.map((n) => n.target.join(" ")).slice(0, 4);
    const more = v.nodes.length > targets.length ? `, +${v.nodes.length - targets.length} more` : "";
    const sample = v.nodes[0]?.failureSummary?.replace(/\s+/g, " ").slice(0, 160);
    return `${v.id} (${v.impact ?? "?"}): ${v.help} — ${v.nodes.length}× ${targets.join(", ")}${more}${sample ? ` [${sample}]` : ""}`;
  });
}
