/**
 * Runs before Sveltia CMS's module (imported first by main.ts):
 * - the desk is initialised by main.ts with the generated configuration, not by Sveltia on load;
 * - the UI is Persian for every user, whatever the browser's language. Sveltia reads its UI
 *   language from `localStorage['sveltia-cms.prefs'].locale` (an internal key of 0.221.1, covered by
 *   tests/admin/desk.test.ts: the test fails if the UI comes up in another language).
 */
const PREFS = "sveltia-cms.prefs";
(window as unknown as { CMS_MANUAL_INIT: boolean }).CMS_MANUAL_INIT = true;
try {
  const prefs = JSON.parse(localStorage.getItem(PREFS) ?? "{}") as Record<string, unknown>;
  localStorage.setItem(PREFS, JSON.stringify({ ...prefs, locale: "fa" }));
} catch {
  localStorage.setItem(PREFS, JSON.stringify({ locale: "fa" }));
}
document.documentElement.lang = "fa";
document.documentElement.dir = "rtl";
