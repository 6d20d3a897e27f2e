import { readReleaseFile } from "../../content/front-matter.ts";
import { listReleaseFiles } from "../../content/load-releases.ts";
import { parseCode } from "../../content/validate.ts";

/**
 * Every code written in a release file under the folder: drafts, withdrawn and invalid releases
 * included. Read with the loader's one reader (content/front-matter.ts); a file whose front matter
 * has an error still holds the code its readable part names.
 * @example claimedCodes("releases") → [1, 2, 3, …, 15]
 */
export function claimedCodes(releasesDir: string): number[] {
  const codes: number[] = [];
  for (const file of listReleaseFiles(releasesDir)) {
    const read = readReleaseFile(file);
    const data = read.ok ? read.data : read.partial;
    const code = parseCode(data?.code);
    if (code !== undefined) codes.push(code);
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
