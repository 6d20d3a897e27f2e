// The search page: Pagefind's UI, with the query folded by the same function as the index.
import { fold } from "./fold.js";

// `any`: Pagefind's UI script defines this global and ships no types for it.
const PagefindUI = /** @type {any} */ (window).PagefindUI;
new PagefindUI({
  element: "#search",
  showImages: false,
  showSubResults: false,
  resetStyles: false,
  processTerm: fold,
  translations: { placeholder: "جست‌وجو در خبرها", zero_results: "برای «[SEARCH_TERM]» خبری پیدا نشد" },
});

// Pagefind's input carries only a title; give it an accessible name of its own.
const input = document.querySelector("#search input[type=text], #search .pagefind-ui__search-input");
if (input) input.setAttribute("aria-label", "جست‌وجو در خبرها");
