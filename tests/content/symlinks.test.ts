import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadReleases } from "../../src/content/load-releases.ts";
import { findSymlinks } from "../../src/content/symlinks.ts";
import { makeSymlinkCorpus } from "./symlink-corpus.ts";

const dataDir = path.join(process.cwd(), "_data");
const tmp = mkdtempSync(path.join(os.tmpdir(), "newsroom-links-"));
test.after(() => rmSync(tmp, { recursive: true, force: true }));
const corpus = makeSymlinkCorpus(tmp);
const link = { severity: "error", field: "file", fa: "پیوند نمادین (symlink) پذیرفته نیست؛ به جای پیوند، خود پرونده یا پوشه را بگذارید", en: "a symbolic link is not allowed; commit the file or folder itself instead of a link" };

test("loader :: regression: every symlink under releases/ and media/ is an error naming it", () => {
  const { problems, releases } = loadReleases({ root: tmp, releasesDir: corpus.releasesDir, mediaDir: corpus.mediaDir, dataDir });
  const links = problems.filter((p) => p.field === "file");
  assert.equal(links.map((p) => p.file), ["releases/1403", "releases/1404/0005-copy.md", "releases/1404/x.pdf", "media/notes.txt", "media/shared"]);
  for (const p of links) {
    assert.is(p.severity, "error");
    assert.is(p.fa, link.fa);
    assert.is(p.en, link.en);
  }
  assert.is(links.find((p) => p.file === "releases/1404/x.pdf")?.found, "→ /etc/hostname");
  // Nothing read through a link: the outside release and the linked copy are not loaded.
  assert.not.ok(problems.some((p) => p.file.includes("0009-outside") || (p.file.includes("0005-copy") && p.field !== "file")));
  assert.equal(releases.map((r) => r.code).sort(), [1, 2, 3, 4]);
});

test("loader :: regression: an image or attachment named through a link is refused too", () => {
  const dir = mkdtempSync(path.join(tmp, "ref-"));
  cpSync(path.join(process.cwd(), "tests/fixtures/valid/feeds"), dir, { recursive: true });
  rmSync(path.join(dir, "pool.jpg"));
  symlinkSync(path.join(process.cwd(), "tests/fixtures/valid/feeds/pool.jpg"), path.join(dir, "pool.jpg"));
  const { problems } = loadReleases({ root: tmp, releasesDir: dir, dataDir, mediaDir: path.join(dir, "media") });
  const rel = path.relative(tmp, dir);
  assert.equal(problems.map((p) => [p.file, p.field]), [[`${rel}/pool.jpg`, "file"], [`${rel}/0001-pool.md`, "image.src"]]);
  assert.is(problems[1]?.en, "the path is or passes through a symbolic link; commit the file itself, not a link to it");
});

test("findSymlinks :: a clean tree has none; a missing folder is no error here", () => {
  assert.equal(findSymlinks([path.join(process.cwd(), "tests/fixtures/valid"), path.join(tmp, "no-such-folder")], tmp), { links: [], problems: [] });
});


test("loader :: regression: releases/ or media/ that is itself a link to a folder outside is refused", () => {
  const dir = mkdtempSync(path.join(tmp, "root-link-"));
  const outside = mkdtempSync(path.join(tmp, "outside-"));
  cpSync(path.join(process.cwd(), "tests/fixtures/valid/feeds"), path.join(outside, "releases"), { recursive: true });
  cpSync(path.join(process.cwd(), "tests/fixtures/valid/feeds"), path.join(outside, "media"), { recursive: true });
  symlinkSync(path.join(outside, "releases"), path.join(dir, "releases"));
  symlinkSync(path.join(outside, "media"), path.join(dir, "media"));
  const { problems, releases } = loadReleases({ root: dir, releasesDir: path.join(dir, "releases"), mediaDir: path.join(dir, "media"), dataDir });
  const links = problems.filter((p) => p.field === "file");
  assert.equal(links.map((p) => [p.file, p.found]), [["releases", `→ ${path.join(outside, "releases")}`], ["media", `→ ${path.join(outside, "media")}`]]);
  for (const p of links) assert.is(p.en, link.en);
  assert.equal(releases, []);
  assert.ok(problems.every((p) => p.severity === "error"));
});
test.run();
