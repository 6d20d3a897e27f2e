import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadReleases } from "../../src/content/load-releases.ts";
import { readSite } from "../../src/content/site.ts";
import { newsArticle } from "../../src/metadata/news-article.ts";

const root = process.cwd();
const site = readSite(path.join(root, "_data"));
const { releases } = loadReleases({ root, releasesDir: path.join(root, "tests/fixtures/lifecycle") });

test("newsArticle :: headline, dates with offset and a GovernmentOrganization publisher", () => {
  const corrected = releases.find((r) => r.code === 2)!;
  const data = JSON.parse(newsArticle(corrected, site));
  assert.is(data["@type"], "NewsArticle");
  assert.is(data.headline, "نمایشگاه کار فارس با ۳ هزار فرصت شغلی برپا می‌شود");
  assert.is(data.datePublished, "2025-08-27T09:15:00+03:30");
  assert.is(data.dateModified, "2025-08-29T12:30:00+03:30");
  assert.is(data.publisher["@type"], "GovernmentOrganization");
  assert.is(data.publisher.name, "اداره‌کل تعاون، کار و رفاه اجتماعی استان فارس");
  assert.is(data.mainEntityOfPage, `${site.url}/releases/2/`);
});

test("newsArticle :: the image is the 1200 px rendition; no text can close the script element", () => {
  const r = { ...releases[0]!, title: "تیتر </script><script>alert(1)</script>" };
  r.image = { url: "/releases/1/a.jpg", publishPath: "/releases/1/a.jpg", sourcePath: "/x/a.jpg", alt: "نما", responsive: { html: "", thumb: "", og: { url: "/img/abc-1200.jpeg", width: 1200, height: 675, bytes: 51234 } } };
  const text = newsArticle(r, site);
  assert.not.ok(text.includes("</script>"));
  assert.equal(JSON.parse(text).image, [`${site.url}/img/abc-1200.jpeg`]);
  assert.is(JSON.parse(text).headline, "تیتر </script><script>alert(1)</script>");
});

test.run();
