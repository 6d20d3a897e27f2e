/** What every gate hands back to the runner. */
export interface GateResult {
  /** Short name, printed first: `html-validate`, `nu-checker`, … */
  name: string;
  ok: boolean;
  /** One line: counts, e.g. `84 pages, 0 errors`. */
  summary: string;
  /** Findings (failing) and notes (not failing), printed indented under the line. */
  findings: string[];
  notes: string[];
  /** Wall time in milliseconds, filled in by the runner. */
  ms?: number;
}

/** What every gate gets: the freshly built site and where it is served. */
export interface GateContext {
  /** Project root (where package.json is). */
  root: string;
  /** The built site. */
  siteDir: string;
  /** HTML pages relative to siteDir, with `/` separators, pagefind/ excluded, sorted. */
  pages: string[];
  /** e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** Where screenshots go. */
  outputDir: string;
  /** Whether the link gate follows links beyond `pages` through the whole site (default true). */
  crawl?: boolean;
}

export function result(name: string, ok: boolean, summary: string, findings: string[] = [], notes: string[] = []): GateResult {
  return { name, ok, summary, findings, notes };
}
