import { cpSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The symlink kinds of the hostile corpus, made at run time (git and some checkouts do not keep
 * links faithfully): a release file linked to a host file, a release file linked to another
 * release, a linked folder of releases from outside, a linked image and attachment, a link in
 * media/ to a host file and a linked media folder.
 */
export function makeSymlinkCorpus(dir: string): { releasesDir: string; mediaDir: string; outside: string } {
  const root = process.cwd();
  const releasesDir = path.join(dir, "releases");
  const mediaDir = path.join(dir, "media");
  const outside = path.join(dir, "outside");
  cpSync(path.join(root, "tests/fixtures/valid/feeds"), path.join(releasesDir, "1404"), { recursive: true });
  mkdirSync(path.join(outside, "1403"), { recursive: true });
  mkdirSync(mediaDir, { recursive: true });
  cpSync(path.join(root, "tests/fixtures/valid/feeds/0003-control-chars.md"), path.join(outside, "1403/0009-outside.md"));
  writeFileSync(path.join(outside, "secret.txt"), "host secret\n");
  symlinkSync("/etc/hostname", path.join(releasesDir, "1404/x.pdf"));
  symlinkSync(path.join(releasesDir, "1404/0001-pool.md"), path.join(releasesDir, "1404/0005-copy.md"));
  symlinkSync(path.join(outside, "1403"), path.join(releasesDir, "1403"));
  symlinkSync(path.join(outside, "secret.txt"), path.join(mediaDir, "notes.txt"));
  symlinkSync(outside, path.join(mediaDir, "shared"));
  return { releasesDir, mediaDir, outside };
}
