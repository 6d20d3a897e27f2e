/**
 * A problem with what the author asked for, told in Persian and English; the CLI prints it and exits 2.
 * @example new AuthoringError("موضوع ناشناخته است", "unknown topic").message → "موضوع ناشناخته است\n    unknown topic"
 */
export class AuthoringError extends Error {
  readonly fa: string;
  readonly en: string;
  constructor(fa: string, en: string) {
    super(`${fa}\n    ${en}`);
    this.name = "AuthoringError";
    this.fa = fa;
    this.en = en;
  }
}
