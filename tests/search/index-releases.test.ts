import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadReleases } from "../../src/content/load-releases.ts";
import { fold } from "../../src/persian/fold.js";
import { htmlToText, namedByContent, searchRecord, writeSearchIndex } from "../../src/search/index-releases.ts";

const root = process.cwd();
const out = mkdtempSync(path.join(os.tmpdir(), "newsroom-search-"));
const { releases } = loadReleases({ root, releasesDir: path.join(root, "tests/fixtures/valid/search") });

interface PagefindRuntime {
  options(o: { basePath: string }): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: Array<{ data(): Promise<{ url: string }> }> }>;
}
let runtime: PagefindRuntime;
const realFetch = globalThis.fetch;

/** Search as the browser does: the query goes through the same `fold` as the index. */
async function search(query: string): Promise<string[]> {
  const found = await runtime.search(fold(query));
  const data = await Promise.all(found.results.map((r) => r.data()));
  return data.map((d) => (/\/releases\/\d+\//.exec(d.url) ?? [d.url])[0]).sort();
}

test.before(async () => {
  assert.is(await writeSearchIndex(releases, out), 3);
  // Pagefind's browser runtime fetches its index files; serve them from disk.
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith("file:")) return realFetch(input, init);
    const body = readFileSync(fileURLToPath(url.split("?")[0] as string));
    return new Response(body, { headers: { "content-type": url.endsWith(".wasm") ? "application/wasm" : "application/octet-stream" } });
  };
  const base = pathToFileURL(path.join(out, "pagefind") + "/").href;
  runtime = (await import(`${base}pagefind.js`)) as PagefindRuntime;
  await runtime.options({ basePath: base });
  await runtime.init();
});

test("search :: namedByContent: Pagefind's chunk and fragment files are hash-named, its fixed-name files are not", () => {
  const files = (readdirSync(path.join(out, "pagefind"), { recursive: true, encoding: "utf8" }) as string[]).map((f) => `pagefind/${f.split(path.sep).join("/")}`);
  const hashed = files.filter((f) => /\.pf_(?:fragment|index|filter|meta)$/.test(f));
  assert.ok(hashed.some((f) => f.startsWith("pagefind/fragment/")) && hashed.some((f) => f.startsWith("pagefind/index/")), hashed.join(" "));
  for (const f of hashed) assert.ok(namedByContent(f), `${f}: named by its bytes`);
  for (const f of ["pagefind/pagefind-entry.json", "pagefind/pagefind.js", "pagefind/wasm.unknown.pagefind", "releases/3/index.html", "pagefind/fragment/../x.pf_fragment"]) {
    assert.not.ok(namedByContent(f), `${f}: not named by its bytes`);
  }
});

test.after(() => {
  globalThis.fetch = realFetch;
  rmSync(out, { recursive: true, force: true });
});

test("search :: Arabic yeh in the query finds Persian yeh in the text", async () => {
  assert.equal(await search("بيمه"), ["/releases/1/"]);
  assert.equal(await search("بيمه"), await search("بیمه"));
});

test("search :: Latin and Persian digits find the same releases", async () => {
  assert.equal(await search("1404"), ["/releases/1/"]);
  assert.equal(await search("۱۴۰۴"), ["/releases/1/"]);
});

test("search :: a word typed without its ZWNJ finds it", async () => {
  assert.equal(await search("ادارهکل"), ["/releases/2/"]);
});

test("search :: text written on an Arabic keyboard is folded in the index", async () => {
  assert.equal(await search("کارگروه"), ["/releases/3/"]);
  assert.equal(await search("تولیدی"), ["/releases/3/"]);
});

test("search :: a nonsense word finds nothing", async () => {
  assert.equal(await search("ززژژقققق"), []);
});

test("search :: only titles, leads and bodies are indexed, not menus or footers", async () => {
  // Words of the skip link and the menu, which every page has.
  assert.equal(await search("پرش"), []);
  assert.equal(await search("جست‌وجو"), []);
});

test("searchRecord :: folded content, filters by topic and county", () => {
  const record = searchRecord(releases.find((r) => r.code === 3)!);
  assert.is(record.url, "/releases/3/");
  assert.is(record.meta.title, "نشست کارگروه اشتغال جهرم برگزار شد", "titles are rendered with Persian letters");
  assert.ok(record.content.startsWith("نشست کارگروه اشتغال جهرم برگزار شد\n"));
  assert.equal(record.filters, { "موضوع": ["اشتغال"], "شهرستان": ["جهرم"] });
});

test("htmlToText :: tags dropped, entities decoded", () => {
  assert.is(htmlToText("<p>متن &lt;b&gt; <bdi>ILNA</bdi></p>\n<p>دوم</p>"), "متن <b> ILNA دوم");
});

test.run();
