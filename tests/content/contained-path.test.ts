import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { resolveContained } from "../../src/content/contained-path.ts";
import { loadReleases } from "../../src/content/load-releases.ts";
import { HOSTILE } from "./hostile-cases.ts";

const root = process.cwd();
const hostile = path.join(root, "tests/fixtures/hostile");

for (const [kind, expected] of Object.entries(HOSTILE)) {
  test(`loader :: hostile ${kind}: the exact errors, no release`, () => {
    const { releases, problems } = loadReleases({
      root, releasesDir: path.join(hostile, kind, "releases"), mediaDir: path.join(hostile, kind, "media"),
    });
    const file = `tests/fixtures/hostile/${kind}/releases/0001-visit.md`;
    assert.equal(
      problems.map((p) => [p.file, p.severity, p.field, p.found, p.fa, p.en]),
      expected.map(([field, found, fa, en]) => [file, "error", field, found, fa, en]),
    );
    assert.is(releases.length, 0);
  });
}

test("loader :: every allowed kind of image and attachment passes", () => {
  const { releases, problems } = loadReleases({ root, releasesDir: path.join(hostile, "allowed-kinds/releases") });
  assert.equal(problems, []);
  assert.is(releases.length, 5);
  assert.equal(releases[0]?.attachments.map((a) => a.type),
    ["PDF", "DOCX", "XLSX", "PPTX", "DOC", "XLS", "ODT", "ODS", "ODP", "ZIP", "CSV", "TXT", "JPG", "PNG", "WEBP", "AVIF", "GIF"]);
});

// Inputs of my own per kind, straight at the resolver, in a temporary tree.
const tmp = mkdtempSync(path.join(os.tmpdir(), "newsroom-contained-"));
const releaseDir = path.join(tmp, "releases/1404");
const mediaDir = path.join(tmp, "media");
const releaseFile = path.join(releaseDir, "0142-x.md");
mkdirSync(path.join(releaseDir, "photos"), { recursive: true });
mkdirSync(path.join(mediaDir, "1404"), { recursive: true });
for (const f of ["photo.jpg", "photos/a.jpg", "گزارش سال ۱۴۰۴.pdf", "100%.pdf", "a#b?.pdf"]) writeFileSync(path.join(releaseDir, f), "x");
writeFileSync(path.join(mediaDir, "1404/logo.png"), "x");
writeFileSync(path.join(tmp, "secret.txt"), "secret");
test.after(() => rmSync(tmp, { recursive: true, force: true }));

const refused = (src: string) => {
  const r = resolveContained(src, releaseFile, mediaDir, 142);
  return "absPath" in r ? "accepted" : r.en;
};

test("resolveContained :: regression: ../ escapes in any position are refused", () => {
  for (const src of ["../secret.txt", "./../../secret.txt", "photos/../../secret.txt", "/media/../secret.txt", "/media/1404/../../secret.txt", "..", "./photos/.."]) {
    assert.is(refused(src), "the path must not leave the release's folder or media/ with ..; put the file beside the release file", src);
  }
});

test("resolveContained :: absolute paths of a computer and web addresses are refused", () => {
  for (const src of [path.join(tmp, "secret.txt"), "/etc/passwd", "//server/share/x.pdf", "C:\u002fx.pdf", "~/x.pdf", "/mediax/a.jpg", "/media"]) {
    assert.ok(refused(src).endsWith("not a path on a computer"), src);
  }
  for (const src of ["file:///etc/passwd", "https://x.ir/a.jpg", "data:image/png;base64,AAAA", "javascript:alert(1)"]) {
    assert.ok(refused(src).endsWith("not a web address"), src);
  }
});

test("resolveContained :: encoded dots and separators, backslashes, NUL and control characters", () => {
  for (const src of ["./%2e%2e/secret.txt", "./%2E%2E/secret.txt", "/media/%2e%2e/secret.txt", "./a%2fb.pdf", "./a%5cb.pdf", "./a%00.pdf", "./%2e/photo.jpg"]) {
    assert.is(refused(src), "the path holds encoded characters such as %2e or %2f; write the file's real name", src);
  }
  for (const src of ["..\\secret.txt", "photos\\a.jpg", "/media\\..\\x"]) assert.is(refused(src), "use / in paths, not \\, e.g. ./photos/photo.jpg", src);
  for (const src of ["./photo.jpg\u0000.pdf", "./photo\n.jpg", "./photo\u001b.jpg", "./photo\u007f.jpg"]) {
    assert.ok(refused(src).startsWith("the path holds an invisible or forbidden character"), JSON.stringify(src));
  }
});

test("resolveContained :: hidden segments are never published", () => {
  for (const src of ["./.env", ".git/config", "/media/.htaccess", "/media/1404/.DS_Store", "./photos/.cache/a.jpg"]) {
    assert.ok(refused(src).startsWith("hidden files and folders"), src);
  }
});

test("resolveContained :: names with spaces, Persian letters, %, # and ? resolve and are encoded per segment", () => {
  const persian = resolveContained("./گزارش سال ۱۴۰۴.pdf", releaseFile, mediaDir, 142);
  assert.ok("absPath" in persian);
  assert.is(persian.publishPath, "/releases/142/گزارش سال ۱۴۰۴.pdf");
  assert.is(persian.url, `/releases/142/${encodeURIComponent("گزارش سال ۱۴۰۴.pdf")}`);
  assert.ok(persian.url.includes("%20"));
  const percent = resolveContained("100%.pdf", releaseFile, mediaDir, 142);
  assert.ok("absPath" in percent);
  assert.is(percent.url, "/releases/142/100%25.pdf");
  const odd = resolveContained("./a#b?.pdf", releaseFile, mediaDir, 142);
  assert.ok("url" in odd);
  assert.is(odd.url, "/releases/142/a%23b%3F.pdf");
  const media = resolveContained("/media/1404/logo.png", releaseFile, mediaDir, 142);
  assert.equal(media, { absPath: path.join(mediaDir, "1404/logo.png"), publishPath: "/media/1404/logo.png", url: "/media/1404/logo.png", area: "media" });
  const sub = resolveContained("photos/a.jpg", releaseFile, mediaDir, 142);
  assert.ok("url" in sub);
  assert.is(sub.url, "/releases/142/a.jpg");
});

test("resolveContained :: regression: a link to a file outside, a linked folder and a link inside are refused", () => {
  symlinkSync(path.join(tmp, "secret.txt"), path.join(releaseDir, "passwd.pdf"));
  symlinkSync(tmp, path.join(releaseDir, "linked"));
  symlinkSync(path.join(releaseDir, "photo.jpg"), path.join(releaseDir, "alias.jpg"));
  symlinkSync(path.join(tmp, "secret.txt"), path.join(mediaDir, "1404/x.pdf"));
  const link = "the path is or passes through a symbolic link; commit the file itself, not a link to it";
  for (const src of ["./passwd.pdf", "./linked/secret.txt", "./alias.jpg", "/media/1404/x.pdf"]) assert.is(refused(src), link, src);
  assert.is(refused("./missing.pdf"), "file not found; put the file beside the release file or in media/ and check the name");
  assert.is(refused("./photos"), "file not found; put the file beside the release file or in media/ and check the name");
});

test.run();
