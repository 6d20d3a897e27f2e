import { readFileSync } from "node:fs";
import { listReleaseFiles } from "../../content/load-releases.ts";
import { toLatinDigits } from "../../persian/digits.ts";

const CODE_LINE = /^code:[ \t]*["']?([0-9\u06F0-\u06F9\u0660-\u0669]+)["']?[ \t]*(?:#.*)?$/m;

/**
 * Every code written in a release file under the folder: drafts, withdrawn and invalid releases
 * included (read from the `code:` line, so a file with another error still holds its code).
 * @example claimedCodes("releases") → [1, 2, 3, …, 15]
 */
export function claimedCodes(releasesDir: string): number[] {
  const codes: number[] = [];
  for (const file of listReleaseFiles(releasesDir)) {
    const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
    if (!/^---\r?\n/.test(text)) continue; // no front matter: not a release (the loader says so)
    const close = text.indexOf("\n---", 3);
    const m = CODE_LINE.exec(close === -1 ? text : text.slice(0, close));
    if (m?.[1]) codes.push(Number(toLatinDigits(m[1])));
  }
  return codes;
}

/**
 * The next free code: one more than the highest code ever used, in a file or in the retired list.
 * Codes are never reused, so a gap below the highest is never filled.
 * @example nextFreeCode([1, 2, 15], new Set([16])) → 17
 */
export function nextFreeCode(claimed: readonly number[], retired: ReadonlySet<number>): number {
  let highest = 0;
  for (const code of claimed) if (code > highest) highest = code;
  for (const code of retired) if (code > highest) highest = code;
  return highest + 1;
}
