import type { HouseWords } from "./house-list.ts";

/** One change a rule proposes, over the masked file text (offsets are file offsets). */
export interface RuleEdit {
  start: number;
  end: number;
  replacement: string;
  /** False when the fix needs a human eye (shown, never applied by --fix). Default true. */
  safe?: boolean;
  /** Edits that must be applied together or not at all (the two quotes of a pair). */
  group?: string;
}

export interface RuleContext {
  houseWords: HouseWords;
}

/** A Persian text rule: what it finds, and what it tells the author in Persian and English. */
export interface LintRule {
  /** Short English id shown in brackets, e.g. `house-words`. */
  id: string;
  /** What to do, in Persian. */
  fa: string;
  /** What to do, in English. */
  en: string;
  /**
   * A cheap test that must match for the rule to find anything. lint-text.ts joins the triggers
   * of all rules into one expression, so a clean file is scanned once, not once per rule.
   */
  trigger?: RegExp;
  /** Every place in the masked text (see mask.ts) where the rule applies. */
  find(masked: string, context: RuleContext): RuleEdit[];
}
