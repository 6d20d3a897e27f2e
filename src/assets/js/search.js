// The search page: Pagefind's UI, with the query folded by the same function as the index,
// Persian strings and digits, filter values in Persian order, and `?q=` run on arrival.
// Pagefind's UI has no option for digits or value order (it prints its own counts and keeps
// the index's code-point order), so both are applied to what it renders, without touching its
// DOM structure: text of counts and messages is rewritten, values are reordered with CSS `order`.
import { fold } from "./fold.js";

const PERSIAN = "۰۱۲۳۴۵۶۷۸۹";
const persianDigits = (text) => text.replace(/\d/g, (d) => PERSIAN[Number(d)]);
const collator = new Intl.Collator("fa");

// `any`: Pagefind's UI script defines this global and ships no types for it.
const PagefindUI = /** @type {any} */ (window).PagefindUI;
const ui = new PagefindUI({
  element: "#search",
  showImages: false,
  showSubResults: false,
  resetStyles: false,
  excerptLength: 40,
  processTerm: fold,
  translations: {
    placeholder: "جست‌وجو در خبرها",
    clear_search: "پاک کردن",
    load_more: "نتیجه‌های بیشتر",
    search_label: "جست‌وجو در خبرها",
    filters_label: "صافی‌ها",
    zero_results: "برای «[SEARCH_TERM]» خبری پیدا نشد",
    many_results: "[COUNT] خبر برای «[SEARCH_TERM]»",
    one_result: "[COUNT] خبر برای «[SEARCH_TERM]»",
    alt_search: "برای «[SEARCH_TERM]» خبری پیدا نشد؛ نتیجه‌های «[DIFFERENT_TERM]»",
    search_suggestion: "برای «[SEARCH_TERM]» خبری پیدا نشد. یکی از این‌ها را بیازمایید:",
    searching: "در حال جست‌وجوی «[SEARCH_TERM]»…",
  },
});

const root = document.querySelector("#search");

/** Persian digits in filter counts and messages (not in titles or excerpts: those are the releases' own text). */
function localise() {
  if (!root) return;
  for (const el of root.querySelectorAll(".pagefind-ui__filter-label, .pagefind-ui__message, .pagefind-ui__button")) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue || "";
      if (/\d/.test(text)) node.nodeValue = persianDigits(text);
    }
  }
  for (const group of root.querySelectorAll(".pagefind-ui__filter-group")) {
    const values = [...group.querySelectorAll(".pagefind-ui__filter-value")];
    const name = (el) => (el.querySelector("input")?.value ?? "");
    values.sort((a, b) => collator.compare(name(a), name(b)));
    values.forEach((el, i) => {
      if (el instanceof HTMLElement) el.style.order = String(i);
    });
  }
}

if (root) {
  // Idempotent, so its own changes end the loop: a second pass finds no Latin digit to change.
  new MutationObserver(localise).observe(root, { subtree: true, childList: true, characterData: true });
  // Pagefind's input carries only a title; give it an accessible name of its own.
  const input = root.querySelector("input[type=text], .pagefind-ui__search-input");
  if (input) input.setAttribute("aria-label", "جست‌وجو در خبرها");
}

// `/search/?q=…` (the header's form, or a shared link) runs the query at once.
const q = new URLSearchParams(location.search).get("q")?.trim();
if (q) ui.triggerSearch(q);
