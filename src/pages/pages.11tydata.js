// Data for every page template. Paginated templates take their URL from the item they
// render: a function permalink costs nothing per page, while a `"{{ item.url }}"` string is
// compiled by Nunjucks once for each of thousands of pages. Listings are computed by
// src/collections, so no page needs to be in Eleventy's collections either.
export default {
  eleventyExcludeFromCollections: true,
  /** @param {{ item?: { url: string } }} data */
  permalink: (data) => data.item?.url,
};
