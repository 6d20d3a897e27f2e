import { test } from "uvu";
import * as assert from "uvu/assert";
import { belowThreshold, scoresOf, shouldRetry } from "../../src/gates/lighthouse.ts";

const lhr = (p: number, a: number, b: number, s: number) => ({
  categories: { performance: { score: p }, accessibility: { score: a }, "best-practices": { score: b }, seo: { score: s } },
});

test("lighthouse :: scores are rounded percentages of the report's categories", () => {
  assert.equal(scoresOf(lhr(0.934, 1, 0.955, 0.92)), { performance: 93, accessibility: 100, "best-practices": 96, seo: 92 });
  assert.throws(() => scoresOf({ categories: { performance: { score: null } } }), /no performance score/);
});

test("lighthouse :: thresholds: performance 90, the others 95, inclusive", () => {
  assert.equal(belowThreshold(scoresOf(lhr(0.9, 0.95, 0.95, 0.95))), []);
  assert.equal(belowThreshold(scoresOf(lhr(0.89, 0.94, 1, 0.9))), ["performance", "accessibility", "seo"]);
});

test("lighthouse :: only a performance shortfall alone is retried", () => {
  assert.ok(shouldRetry(scoresOf(lhr(0.82, 1, 1, 1))));
  assert.not.ok(shouldRetry(scoresOf(lhr(0.82, 0.9, 1, 1))), "accessibility fails too: a property of the page");
  assert.not.ok(shouldRetry(scoresOf(lhr(1, 0.9, 1, 1))));
  assert.not.ok(shouldRetry(scoresOf(lhr(0.95, 1, 1, 1))));
});

test.run();
