import type { LintRule } from "../rule.ts";
import { arabicLetters } from "./arabic-letters.ts";
import { digits } from "./digits.ts";
import { doubleSpace } from "./double-space.ts";
import { houseWords } from "./house-words.ts";
import { listMarkers } from "./list-markers.ts";
import { needlessZwnj } from "./needless-zwnj.ts";
import { punctuationSpacing } from "./punctuation-spacing.ts";
import { straightQuotes } from "./straight-quotes.ts";
import { tehMarbuta } from "./teh-marbuta.ts";
import { zwnjAffixes } from "./zwnj-affixes.ts";
import { zwnjLookalikes } from "./zwnj-lookalikes.ts";

/** Every Persian text rule, in the order their warnings are listed when two start at one place. */
export const RULES: readonly LintRule[] = [
  arabicLetters, tehMarbuta, digits, zwnjLookalikes, needlessZwnj, zwnjAffixes, houseWords, punctuationSpacing,
  straightQuotes, doubleSpace, listMarkers,
];
