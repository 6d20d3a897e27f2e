import { CSP_HEADER, HEADER_ONLY_DIRECTIVES } from "../security/csp.ts";

/**
 * What the editing desk adds to the public pages' policy (src/security/csp.ts), and nothing more:
 * inline styles (Svelte injects them), blob: images and media for files being uploaded, blob:
 * workers for image conversion, the preview pane's blob: frame. Scripts stay 'self' only.
 */
const DESK_ADDS: Readonly<Record<string, string>> = {
  "style-src": "'unsafe-inline'",
  "img-src": "blob:",
  "frame-src": "'self' blob:",
  "worker-src": "blob:",
  "media-src": "blob:",
};

function withDeskSources(policy: string): string {
  const directives = policy.split("; ").map((d) => d.split(" "));
  for (const [name, sources] of Object.entries(DESK_ADDS)) {
    const found = directives.find(([n]) => n === name);
    if (found) found.push(...sources.split(" ").filter((s) => !found.includes(s)));
    else directives.splice(directives.findIndex(([n]) => n === "worker-src"), 0, [name, ...sources.split(" ")]);
  }
  return directives.map((d) => d.join(" ")).join("; ");
}

/**
 * The Content-Security-Policy of /admin/, as deploy/nginx.conf sends it for `^/admin/`
 * (tests/admin/csp.test.ts checks they are equal).
 */
export const ADMIN_CSP = withDeskSources(CSP_HEADER);

/** The same minus what a `<meta>` cannot carry: /admin/index.html's meta tag, for hosts without headers. */
export const ADMIN_CSP_META = ADMIN_CSP.split("; ").filter((d) => !HEADER_ONLY_DIRECTIVES.includes(d.split(" ")[0] ?? "")).join("; ");
