import { readdirSync } from "node:fs";
import path from "node:path";

/** Every file under `dir` whose name passes `keep`, relative with `/` separators, sorted; `skip` names top-level folders to leave out. */
export function listFiles(dir: string, keep: (name: string) => boolean, skip: readonly string[] = []): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!(rel === "" && skip.includes(entry.name))) walk(child);
      } else if (keep(entry.name)) out.push(child);
    }
  };
  walk("");
  return out.sort();
}

/** The site's HTML pages, without Pagefind's own files. */
export function htmlPages(siteDir: string): string[] {
  return listFiles(siteDir, (n) => n.endsWith(".html"), ["pagefind"]);
}

/** The URL path of a page file: `a/b/index.html` → `/a/b/`, `404.html` → `/404.html`. */
export function urlPathOf(page: string): string {
  return `/${page.replace(/(^|\/)index\.html$/, "$1")}`;
}

/** Pluralise a count in English: `1 page`, `2 pages`. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
