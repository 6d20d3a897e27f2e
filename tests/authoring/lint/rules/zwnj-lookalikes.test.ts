import { test } from "uvu";
import * as assert from "uvu/assert";
import { zwnjLookalikes } from "../../../../src/authoring/lint/rules/zwnj-lookalikes.ts";
import { changes, fixBody, warnings } from "./lint-with.ts";

const Z = "\u200c";

test("zwnjLookalikes :: regression: Word's ¬ for a half-space was published with no warning", () => {
  assert.equal(changes(zwnjLookalikes, "کارگران می¬توانند"), [`می¬توانند → می${Z}توانند`]);
  assert.is(fixBody("کارگران می¬توانند"), `کارگران می${Z}توانند`);
});

test("zwnjLookalikes :: ¬, soft hyphen and zero-width space, in body and front matter", () => {
  assert.equal(changes(zwnjLookalikes, "اداره¬کل و برنامه\u00adریزی و نمی\u200bشود و ١٢ تعاونی¬ها"), [
    `اداره¬کل → اداره${Z}کل`, `برنامه\u00adریزی → برنامه${Z}ریزی`, `نمی\u200bشود → نمی${Z}شود`, `تعاونی¬ها → تعاونی${Z}ها`,
  ]);
  const [w] = warnings(zwnjLookalikes, "متن", "title: بهره¬برداری از طرح‌ها");
  assert.equal([w?.field, w?.found, w?.replacement], ["title", "بهره¬برداری", `بهره${Z}برداری`]);
  const [lead] = warnings(zwnjLookalikes, "متن", "lead: کارگران می\u200bتوانند ثبت‌نام کنند.");
  assert.equal([lead?.field, lead?.replacement], ["lead", `می${Z}توانند`]);
});

test("zwnjLookalikes :: after a letter that never joins, no mark at all (کار¬ها → کارها)", () => {
  assert.equal(changes(zwnjLookalikes, "کار¬ها و دانشجو\u200bها و کارگر\u00adها"), ["کار¬ها → کارها", "دانشجو\u200bها → دانشجوها", "کارگر\u00adها → کارگرها"]);
});

test("zwnjLookalikes :: near misses: ¬ in Latin or code, ZWSP away from Persian letters", () => {
  assert.equal(changes(zwnjLookalikes, "منطق `¬p` و a\u200bb و ISO ¬ A"), []);
});

test("zwnjLookalikes :: the message names the look-alikes", () => {
  const [w] = warnings(zwnjLookalikes, "می¬شود");
  assert.is(w?.fa, "به جای نیم‌فاصله نشانهٔ دیگری آمده (¬ از Word، خط تیرهٔ نرم یا فاصلهٔ صفرعرض U+200B)؛ نیم‌فاصلهٔ درست بگذارید («می» + نیم‌فاصله + «شود»؛ نیم‌فاصله در صفحه‌کلید فارسی استاندارد: Shift+Space)");
  assert.is(w?.rule, "zwnj-lookalikes");
});

test.run();
