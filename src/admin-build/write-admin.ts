import { cp, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { readSite } from "../content/site.ts";
import { adminBundle } from "./bundle.ts";
import { cmsConfig } from "./cms-config.ts";
import { ADMIN_CSP_META } from "./csp.ts";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);

/**
 * /admin/index.html: the desk's only page; no public page links to it or loads its script. It carries
 * its own policy in a meta tag too, for hosts that send no headers.
 */
export function adminPage(siteTitle: string): string {
  return `<!doctype html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(ADMIN_CSP_META)}">
<meta name="robots" content="noindex, nofollow">
<title>میز تحریریه — ${escapeHtml(siteTitle)}</title>
<link rel="stylesheet" href="/admin/admin.css">
<script type="module" src="/admin/cms/main.js"></script>
</head>
<body>
</body>
</html>
`;
}

/**
 * The desk's own rules on top of Sveltia's styles: Persian inputs right to left with the caret where
 * the text starts, Latin ones (file name, code, date) left to right; the desk's fields styled like
 * Sveltia's.
 */
export const ADMIN_CSS = `
input[dir=auto], textarea[dir=auto] { direction: rtl; unicode-bidi: plaintext; }
.newsroom-field { display: flex; flex-direction: column; gap: 4px; }
.newsroom-input { font: inherit; padding: 8px; border: 1px solid var(--sui-textbox-border-color, #888); border-radius: 4px; background: var(--sui-textbox-background-color, transparent); color: inherit; inline-size: 100%; box-sizing: border-box; }
textarea.newsroom-input { resize: vertical; }
.newsroom-count { opacity: .8; font-size: .85em; }
/* The desk is Persian for everyone: hide Sveltia's offer to switch to the browser's language. */
.infobar:has(button[data-label="Change Language"]) { display: none; }
.newsroom-topics { flex-flow: row wrap; gap: 4px 16px; }
.newsroom-topic { display: inline-flex; align-items: center; gap: 6px; min-block-size: 32px; }
`;

/** The desk's mark: a page with lines, in the site's colours, drawn here (no external file). */
const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect x="5" y="3" width="22" height="26" rx="3" fill="#0b5d4b"/><path d="M10 10h12M10 15h12M10 20h8" stroke="#fff" stroke-width="2" stroke-linecap="round"/></svg>
`;

/**
 * Write `/admin/` into the built site: the page, its stylesheet, `config.json` (from the schema and
 * `_data/`) and the bundled CMS (cached, src/admin-build/bundle.ts). `cssUrl` is the site's hashed
 * stylesheet, used by the release preview.
 */
export async function writeAdmin(outDir: string, options: { dataDir: string; cssUrl: string }): Promise<void> {
  const dir = path.join(outDir, "admin");
  const bundle = await adminBundle();
  await mkdir(dir, { recursive: true });
  await cp(bundle, path.join(dir, "cms"), { recursive: true });
  const site = readSite(options.dataDir);
  await writeFile(path.join(dir, "index.html"), adminPage(site.shortTitle));
  await writeFile(path.join(dir, "admin.css"), ADMIN_CSS.trimStart());
  await writeFile(path.join(dir, "logo.svg"), LOGO);
  await writeFile(path.join(dir, "config.json"), JSON.stringify({ ...cmsConfig(options.dataDir), stylesheet: options.cssUrl }));
}
