import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import type { Release } from "../content/release.ts";

/**
 * Publish the files that sit beside a release (its image and attachments) beside its page,
 * at the URLs the loader gave them. Files under `/media/` are copied with that folder.
 */
export async function copyReleaseFiles(releases: readonly Release[], outDir: string): Promise<void> {
  for (const release of releases) {
    for (const file of [release.image, ...release.attachments]) {
      if (!file || file.url.startsWith("/media/")) continue;
      const target = path.join(outDir, file.url);
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(file.sourcePath, target);
    }
  }
}
