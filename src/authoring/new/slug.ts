/**
 * A short Latin file-name part: lower case, words joined by "-", at most 60 characters.
 * @example latinSlug("Kazerun Workers' Pool!") → "kazerun-workers-pool"
 */
export function latinSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|(?<!-)-+$/g, "")
    .slice(0, 60)
    .replace(/(?<!-)-+$/, "");
}
