// The search page: Pagefind's UI, with the query folded by the same function as the index.
import { fold } from "./fold.js";

const PagefindUI = /** @type {any} */ (window).PagefindUI;
new PagefindUI({
  element: "#search",
  showImages: false,
  showSubResults: false,
  resetStyles: false,
  processTerm: fold,
  translations: { placeholder: "جست‌وجو در خبرها", zero_results: "برای «[SEARCH_TERM]» خبری پیدا نشد" },
});
