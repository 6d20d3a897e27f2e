import { test } from "uvu";
import * as assert from "uvu/assert";
import { bodyMediaPaths } from "../../src/content/body-media.ts";
import { renderBody } from "../../src/content/markdown.ts";

test("bodyMediaPaths :: links and images into /media/, decoded, without query or fragment, once each", () => {
  const html = renderBody([
    "[گزارش سال](/media/1404/گزارش سال.pdf) نه، با فاصله پیوند نمی‌شود؛ [گزارش](</media/1404/گزارش سال.pdf>)",
    "![نمودار](/media/1404/chart.png?v=2) و [صفحهٔ ۲](/media/1404/chart.png#x)",
    "[درصد](/media/100%25.pdf) [خام](/media/100%.pdf) [و](/media/a&b.pdf)",
    "[بیرون](https://example.ir/media/x.pdf) [موضوع](/topics/employment/) [نسبی](media/x.pdf)",
  ].join("\n\n"));
  assert.equal(bodyMediaPaths(html), ["/media/1404/گزارش سال.pdf", "/media/1404/chart.png", "/media/100%.pdf", "/media/a&b.pdf"]);
});

test("bodyMediaPaths :: encoded dots are decoded, so the loader sees the escape", () => {
  assert.equal(bodyMediaPaths(renderBody("[x](/media/%2e%2e/secret.pdf)")), ["/media/../secret.pdf"]);
  assert.equal(bodyMediaPaths(renderBody("متن بدون پیوند")), []);
});

test.run();
