import type { Release } from "../content/release.ts";
import type { Site } from "../content/site.ts";
import { rfc3339 } from "../feeds/formats.ts";
import { lastModified } from "../content/last-modified.ts";

/**
 * JSON-LD `NewsArticle` for a release page (schema.org), published by the directorate as a
 * `GovernmentOrganization`. Returned as text safe inside `<script type="application/ld+json">`.
 * @example newsArticle(r, site) → '{"@context":"https://schema.org","@type":"NewsArticle","headline":"…",…}'
 */
export function newsArticle(release: Release, site: Site): string {
  const url = `${site.url}${release.url}`;
  const image = release.image?.responsive?.og;
  const data = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: url,
    url,
    headline: release.title,
    inLanguage: "fa",
    datePublished: rfc3339(release.date),
    dateModified: rfc3339(lastModified(release)),
    ...(image ? { image: [`${site.url}${image.url}`] } : {}),
    articleSection: release.topics.map((t) => t.name),
    ...(release.county ? { contentLocation: { "@type": "Place", name: `شهرستان ${release.county.name}، استان ${site.organization.province}` } } : {}),
    author: { "@type": "GovernmentOrganization", name: site.organization.name, url: site.url },
    publisher: {
      "@type": "GovernmentOrganization",
      name: site.organization.name,
      url: site.url,
      parentOrganization: { "@type": "GovernmentOrganization", name: site.organization.parent },
      address: { "@type": "PostalAddress", streetAddress: site.organization.address, postalCode: site.organization.postalCode, addressRegion: site.organization.province, addressCountry: "IR" },
      contactPoint: { "@type": "ContactPoint", contactType: "public relations", telephone: site.pressOffice.phone, email: site.pressOffice.email },
    },
  };
  // `<` escaped so no text can close the script element.
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
