import { createHash } from "node:crypto";
import { copyFileSync, cpSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "../../src/build/build-site.ts";
import { ContentError } from "../../src/content/problem.ts";
import { startStaticServer } from "../../src/gates/static-server.ts";
import { HOSTILE } from "../content/hostile-cases.ts";
import { makeSymlinkCorpus } from "../content/symlink-corpus.ts";
import { gpsPhoto, hasGps } from "../images/gps-photo.ts";

const root = process.cwd();
const hostile = path.join(root, "tests/fixtures/hostile");
const tmp = mkdtempSync(path.join(os.tmpdir(), "newsroom-hostile-"));
const out = path.join(tmp, "_site");
/** The build's "now": 1404-07-09, after release 1 and before the scheduled release 2. */
const EPOCH = String(Date.parse("2025-10-01T00:00:00Z") / 1000);

/** Every path below `dir` (relative, sorted), links included and never followed. */
function walk(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[]).sort();
}

function hashTree(dir: string): string {
  const hash = createHash("sha256");
  for (const f of walk(dir)) {
    const p = path.join(dir, f);
    hash.update(`${f}\0${lstatSync(p).mode}\0`);
    if (lstatSync(p).isFile()) hash.update(readFileSync(p));
  }
  return hash.digest("hex");
}

const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const noLinks = (dir: string) => walk(dir).filter((f) => lstatSync(path.join(dir, f)).isSymbolicLink());

let before = "";
let epochBefore: string | undefined;
test.before(async () => {
  // Set here, not at import: other suites of the same run unset it when they finish.
  epochBefore = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = EPOCH;
  await buildSite({ root, outDir: out, releasesDir: path.join(root, "tests/fixtures/valid/basic") });
  before = hashTree(out);
});

test.after(() => {
  rmSync(tmp, { recursive: true, force: true });
  if (epochBefore === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = epochBefore;
});

for (const [kind, expected] of Object.entries(HOSTILE)) {
  test(`build :: hostile ${kind}: refused with the exact errors; the previous _site byte-identical`, async () => {
    let error: unknown;
    try {
      await buildSite({ root, outDir: out, releasesDir: path.join(hostile, kind, "releases"), mediaDir: path.join(hostile, kind, "media") });
    } catch (err) {
      error = err;
    }
    assert.instance(error, ContentError);
    const file = `tests/fixtures/hostile/${kind}/releases/0001-visit.md`;
    assert.equal(
      (error as ContentError).problems.map((p) => [p.file, p.field, p.found, p.fa, p.en]),
      expected.map(([field, found, fa, en]) => [file, field, found, fa, en]),
    );
    assert.is(hashTree(out), before);
    assert.equal(readdirSync(tmp).filter((f) => f.startsWith("_site.")), [], "no staging folder left");
  });
}

test("build :: regression: links of every kind are refused, the previous _site byte-identical, no link in it", async () => {
  const corpus = makeSymlinkCorpus(mkdtempSync(path.join(tmp, "links-")));
  let error: unknown;
  try {
    await buildSite({ root, outDir: out, releasesDir: corpus.releasesDir, mediaDir: corpus.mediaDir });
  } catch (err) {
    error = err;
  }
  assert.instance(error, ContentError);
  const named = (error as ContentError).problems.filter((p) => p.field === "file").map((p) => p.file.split("/").slice(-2).join("/"));
  assert.equal(named, ["releases/1403", "1404/0005-copy.md", "1404/x.pdf", "media/notes.txt", "media/shared"]);
  assert.is(hashTree(out), before);
  assert.equal(noLinks(out), []);
});

// One successful build of a tree with every hard name, photos with GPS and embargoed media.
const site = path.join(tmp, "odd");
const oddOut = path.join(tmp, "_odd-site");
const ATTACHMENTS = ["گزارش سال ۱۴۰۴.pdf", "report #2?.pdf", "100% done.pdf", 'quote"onmouseover="alert(1).pdf', "map.jpg"];
const PHOTO = "عکس میدان.jpg";

test("build :: a tree with hard names, GPS photos and embargoed media builds", async () => {
  cpSync(path.join(hostile, "embargoed-media"), site, { recursive: true });
  const dir = path.join(site, "releases");
  for (const name of ATTACHMENTS.slice(0, -1)) copyFileSync(path.join(root, "releases/1404/heat-circular.pdf"), path.join(dir, name));
  await gpsPhoto(path.join(dir, "map.jpg"), 800, 600);
  await gpsPhoto(path.join(dir, PHOTO));
  const yaml = (s: string) => `'${s.replace(/'/g, "''")}'`;
  const release = readFileSync(path.join(dir, "0001-published.md"), "utf8")
    .replace("code: 1", "code: 4")
    .replace("/media/1404/photo.jpg", yaml(`./${PHOTO}`))
    .replace(/attachments:\n[\s\S]*?---/, `attachments:\n${ATTACHMENTS.map((a) => `  - src: ${yaml(`./${a}`)}\n    title: پیوست ${a.length}\n`).join("")}---`);
  writeFileSync(path.join(dir, "0004-odd-names.md"), release);
  await buildSite({ root, outDir: oddOut, releasesDir: dir, mediaDir: path.join(site, "media") });
  assert.ok(existsSync(path.join(oddOut, "releases/4/index.html")));
});

test("build :: regression: embargo: only media files a published release names are published, never a dotfile", () => {
  const media = walk(path.join(oddOut, "media"));
  assert.equal(media, ["1404", "1404/body-ok.pdf", "1404/body-photo.jpg", "1404/ok.pdf"]);
  assert.equal(walk(oddOut).filter((f) => f.split(path.sep).some((s) => s.startsWith("."))), []);
  const all = walk(oddOut).map((f) => path.join(oddOut, f)).filter((f) => lstatSync(f).isFile() && /\.(?:html|xml|json)$/.test(f)).map((f) => readFileSync(f, "utf8")).join("\n");
  for (const secret of ["plan.pdf", "secret.jpg", "body-secret.pdf", "draft.pdf", "unreferenced.pdf", "برنامهٔ محرمانه"]) assert.not.ok(all.includes(secret), secret);
  // What the published body links to and shows is there.
  const page = readFileSync(path.join(oddOut, "releases/1/index.html"), "utf8");
  assert.ok(page.includes('<a href="/media/1404/body-ok.pdf#page=2">جدول کامل</a>'));
  assert.ok(page.includes('<img src="/media/1404/body-photo.jpg" alt="نمودار" loading="lazy" decoding="async">'));
});

test("build :: regression: names with spaces, Persian letters, #, ?, % and \" download byte-exact from the served site", async () => {
  const page = readFileSync(path.join(oddOut, "releases/4/index.html"), "utf8");
  const section = page.slice(page.indexOf('<section class="attachments"'));
  const hrefs = [...section.matchAll(/<a class="download" href="([^"]*)">/g)].map((m) => m[1] as string).slice(0, ATTACHMENTS.length);
  assert.equal(hrefs, ATTACHMENTS.map((a) => `/releases/4/${encodeURIComponent(a)}`));
  assert.not.ok(page.includes('onmouseover="'), "a quote in a file name never becomes an attribute");
  const server = await startStaticServer(oddOut);
  try {
    for (const [i, href] of hrefs.entries()) {
      const res = await fetch(`${server.origin}${href}`);
      assert.is(res.status, 200, href);
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (ATTACHMENTS[i] === "map.jpg") continue; // re-encoded without metadata: checked below
      assert.is(sha(bytes), sha(readFileSync(path.join(root, "releases/1404/heat-circular.pdf"))), href);
    }
  } finally {
    await server.close();
  }
});

test("build :: regression: no published image carries EXIF or GPS; the original photo is never published; the enclosure is processed", async () => {
  const original = sha(readFileSync(path.join(site, "releases", PHOTO)));
  const files = walk(oddOut).filter((f) => lstatSync(path.join(oddOut, f)).isFile());
  assert.not.ok(files.some((f) => f.endsWith(PHOTO)), "the original is not copied");
  let images = 0;
  for (const f of files) {
    const bytes = readFileSync(path.join(oddOut, f));
    assert.not.equal(sha(bytes), original, f);
    if (!/\.(?:jpe?g|png|webp|avif|gif)$/i.test(f)) continue;
    images++;
    const meta = await sharp(bytes).metadata();
    assert.is(meta.exif, undefined, f);
    assert.not.ok(hasGps(meta.exif) || bytes.includes("TestCam"), f);
  }
  assert.ok(images >= 10, `only ${images} images`);
  const feed = readFileSync(path.join(oddOut, "feed.xml"), "utf8");
  const enclosure = /<enclosure url="([^"]+)" length="(\d+)" type="image\/jpeg"\/>/.exec(feed.slice(feed.indexOf(":release:4<")));
  assert.ok(enclosure, "release 4 has an enclosure");
  const local = new URL(enclosure[1] as string).pathname;
  assert.match(local, /^\/img\/[\w-]+-1200\.jpeg$/);
  assert.is(Number(enclosure[2]), readFileSync(path.join(oddOut, local)).length);
  assert.not.ok(feed.includes('onmouseover="') || feed.includes("onmouseover=&quot;"), "no injected attribute in the feed");
});

test("build :: _site never contains a symbolic link", () => {
  assert.equal(noLinks(out), []);
  assert.equal(noLinks(oddOut), []);
});

test.run();
