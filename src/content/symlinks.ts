import { lstatSync, readdirSync, readlinkSync } from "node:fs";
import path from "node:path";
import { quoteFound, type Problem } from "./problem.ts";

export interface SymlinkScan {
  /** Absolute paths of every symbolic link found. */
  links: string[];
  /** One error per link, naming it. */
  problems: Problem[];
}

/**
 * Every symbolic link under the given folders (release files, folders and any other file),
 * found without following any: a committed link would publish what it points to (a host file,
 * releases from outside the repository) or reach `_site` as a link nginx follows. A folder of
 * `dirs` that is itself a link (`releases -> /elsewhere`) is one too. Missing folders are skipped
 * (the loader reports a missing `releases/` itself). Source of the rule:
 * issue 12, point 2.
 */
export function findSymlinks(dirs: readonly string[], root: string): SymlinkScan {
  const links: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const abs = path.join(dir, e.name);
      if (e.isSymbolicLink()) links.push(abs);
      else if (e.isDirectory()) walk(abs);
    }
  };
  for (const dir of dirs) {
    let top;
    try {
      top = lstatSync(dir);
    } catch {
      continue;
    }
    if (top.isSymbolicLink()) links.push(dir);
    else walk(dir);
  }
  const problems = links.map((abs): Problem => {
    let target = "";
    try {
      target = readlinkSync(abs);
    } catch { /* unreadable link: named without its target */ }
    return {
      file: path.relative(root, abs).split(path.sep).join("/"),
      field: "file",
      ...(target ? { found: quoteFound(`→ ${target}`) } : {}),
      severity: "error",
      fa: "پیوند نمادین (symlink) پذیرفته نیست؛ به جای پیوند، خود پرونده یا پوشه را بگذارید",
      en: "a symbolic link is not allowed; commit the file or folder itself instead of a link",
    };
  });
  return { links, problems };
}

/** True when `file` is one of `links` or lies below one of them. */
export function isUnderLink(file: string, links: readonly string[]): boolean {
  return links.some((l) => file === l || file.startsWith(l + path.sep));
}
