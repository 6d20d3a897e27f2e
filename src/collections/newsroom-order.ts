import type { Release } from "../content/release.ts";

/** Newest first; equal times put the higher code first, so the order never depends on file names. */
export function newestFirst(a: Release, b: Release): number {
  return b.date.toMillis() - a.date.toMillis() || b.code - a.code;
}
