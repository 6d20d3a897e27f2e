/**
 * The Content-Security-Policy of /admin/ (the editing desk), as deploy/nginx.conf sends it.
 * The public pages' policy with only what Sveltia CMS needs added: inline styles (Svelte injects
 * them), blob: and data: images and blob: media for files being uploaded, blob: frames for the
 * preview pane and blob: workers for image conversion. Scripts stay 'self' only.
 * tests/admin/csp.test.ts checks that nginx.conf sends exactly this on /admin/.
 */
export const ADMIN_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; frame-src 'self' blob:; worker-src 'self' blob:; manifest-src 'self'; media-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
