import { test } from "uvu";
import * as assert from "uvu/assert";
import { urlText } from "../../src/content/url-links.ts";

test("urlText :: each hyphen is bound to the character after it", () => {
  assert.is(urlText("https://a-b.ir"), 'https://a<span class="nw">-b</span>.ir');
  assert.is(urlText("https://x.ir/kar-va-refah-1404"), 'https://x.ir/kar<span class="nw">-v</span>a<span class="nw">-r</span>efah<span class="nw">-1</span>404');
  assert.is(urlText("https://x.ir/a--b"), 'https://x.ir/a<span class="nw">--b</span>');
  assert.is(urlText("https://x.ir/end-"), 'https://x.ir/end<span class="nw">-</span>');
});

test("urlText :: escaped, and an entity stays whole after a hyphen", () => {
  assert.is(urlText("https://x.ir/?a-&b=<c>"), 'https://x.ir/?a<span class="nw">-&amp;</span>b=&lt;c&gt;');
  assert.is(urlText('https://x.ir/"q"'), "https://x.ir/&quot;q&quot;");
});

test.run();
