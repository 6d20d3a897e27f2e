import { test } from "uvu";
import * as assert from "uvu/assert";
import { foldProse } from "../../src/content/fold-prose.ts";

test("foldProse :: prose folded, URLs and e-mail addresses of any script kept", () => {
  assert.is(foldProse("بيمه كارگران"), "بیمه کارگران");
  assert.is(foldProse("ببينيد https://ar.wikipedia.org/wiki/منظمة_العمل_العربية و يك"), "ببینید https://ar.wikipedia.org/wiki/منظمة_العمل_العربية و یک");
  assert.is(foldProse("نشانی www.كار.ir/يك را"), "نشانی www.كار.ir/يك را");
  assert.is(foldProse("رایانامهٔ علي@كار.ir و كار"), "رایانامهٔ علي@كار.ir و کار");
  assert.is(foldProse("pr@example.ir كار"), "pr@example.ir کار");
  assert.is(foldProse("tel:+98713200 يك"), "tel:+98713200 یک");
});

test.run();
