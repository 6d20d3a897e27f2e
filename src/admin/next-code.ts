import { nextCode } from "./checks.ts";

/** Entries as Sveltia's preview API returns them (Immutable Maps). */
interface EntryMap { getIn(path: string[]): unknown }
type GetCollection = (name: string) => Promise<EntryMap[] | EntryMap>;

let getCollection: GetCollection | undefined;
let retiredCodes: number[] = [];

/** `_data/retired-codes.json`, from /admin/config.json. */
export function setRetiredCodes(codes: number[]): void {
  retiredCodes = codes;
}
const waiting: ((g: GetCollection) => void)[] = [];

/**
 * Sveltia CMS gives `getCollection` (the entries of the repository the editor is signed in to) only
 * to preview templates; the release preview hands it over here, so the code field can read the codes
 * in use. Nothing public is read: drafts and scheduled releases never leave the editor's session.
 */
export function provideCollections(g: GetCollection): void {
  if (getCollection) return;
  getCollection = g;
  for (const resolve of waiting.splice(0)) resolve(g);
}

/** The collections that hold release files (see src/admin-build/cms-config.ts). */
export const RELEASE_COLLECTIONS = ["drafts", "published"] as const;

/**
 * The next free news code: one more than the highest code of any release file in the signed-in
 * repository (drafts, scheduled and withdrawn included) or of `_data/retired-codes.json`.
 * The build still rejects duplicates (src/content/load-releases.ts).
 */
export async function proposeCode(): Promise<number> {
  const retired = retiredCodes;
  const g = getCollection ?? (await new Promise<GetCollection>((resolve) => waiting.push(resolve)));
  const codes: number[] = [];
  for (const name of RELEASE_COLLECTIONS) {
    const list = await g(name);
    for (const entry of Array.isArray(list) ? list : [list]) {
      const code = Number(String(entry.getIn(["data", "code"]) ?? "").replace(/[۰-۹]/g, (d) => String("۰۱۲۳۴۵۶۷۸۹".indexOf(d))));
      if (Number.isSafeInteger(code)) codes.push(code);
    }
  }
  for (const c of retired) codes.push(c);
  return nextCode(codes);
}
