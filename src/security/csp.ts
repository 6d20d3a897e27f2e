/**
 * The site's Content Security Policy, in one place. deploy/nginx.conf sends CSP_HEADER as a
 * header (tests/deploy/nginx.test.ts checks the two are equal); every page carries CSP_META in
 * `<meta http-equiv="Content-Security-Policy">` (src/_includes/layouts/base.njk), so hosts that
 * send no headers (GitHub Pages) still refuse injected script.
 *
 * Scripts only from this origin, none inline; 'wasm-unsafe-eval' lets Pagefind compile its
 * WebAssembly (WebAssembly only, not eval). Styles only from files: Pagefind UI changes styles
 * through the CSSOM, which CSP allows. data: images: the search icon in pagefind-ui.css.
 */
const DIRECTIVES: ReadonlyArray<readonly [name: string, value: string]> = [
  ["default-src", "'self'"],
  ["script-src", "'self' 'wasm-unsafe-eval'"],
  ["style-src", "'self'"],
  ["img-src", "'self' data:"],
  ["font-src", "'self'"],
  ["connect-src", "'self'"],
  ["worker-src", "'self'"],
  ["manifest-src", "'self'"],
  ["media-src", "'self'"],
  ["object-src", "'none'"],
  ["base-uri", "'self'"],
  ["form-action", "'self'"],
  ["frame-ancestors", "'none'"],
];

/**
 * Directives a `<meta>` policy cannot carry: browsers ignore them there (CSP Level 3, §3.3).
 * frame-ancestors stays in the header, and X-Frame-Options: DENY covers old browsers.
 */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ["frame-ancestors", "report-uri", "report-to", "sandbox"];

const serialise = (directives: typeof DIRECTIVES) => directives.map(([name, value]) => `${name} ${value}`).join("; ");

/** The policy as nginx sends it in the Content-Security-Policy header. */
export const CSP_HEADER = serialise(DIRECTIVES);

/** The same policy minus what a `<meta>` cannot carry: the `content` of every page's CSP meta tag. */
export const CSP_META = serialise(DIRECTIVES.filter(([name]) => !HEADER_ONLY_DIRECTIVES.includes(name)));
