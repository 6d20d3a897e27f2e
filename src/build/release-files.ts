import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import type { Release } from "../content/release.ts";

/** Attachment extensions that are photos: re-encoded so no EXIF or GPS of the camera is published. */
const PHOTO_EXTS = new Set([".jpg", ".jpeg", ".png", ".webp", ".avif", ".gif"]);

/**
 * Publish the attachments of the releases that have pages, and the `/media/` files their bodies
 * link to or show, each at the site path the loader gave it (beside the page, or under `/media/`). Nothing else from `media/` is published, so a
 * scheduled or draft release's files stay out of the site (issue 12, point 8). Release images
 * are not copied: pages and feeds use their processed renditions (src/images/). Image
 * attachments go through sharp, which writes no metadata unless asked, after turning the pixels
 * by the EXIF orientation it drops (issue 12, point 10). `copyFile` reads through to the file:
 * the loader has already refused every symbolic link, so none is ever written.
 */
export async function copyReleaseFiles(releases: readonly Release[], outDir: string): Promise<void> {
  const done = new Set<string>();
  for (const release of releases) {
    for (const file of [...release.attachments, ...(release.bodyMedia ?? [])]) {
      if (done.has(file.publishPath)) continue; // one /media/ file named by several releases
      done.add(file.publishPath);
      const target = path.join(outDir, file.publishPath);
      await mkdir(path.dirname(target), { recursive: true });
      const ext = path.extname(file.sourcePath).toLowerCase();
      if (PHOTO_EXTS.has(ext)) {
        // sharp cannot turn a multi-frame image; a GIF keeps its frames and loses its metadata.
        const image = ext === ".gif" ? sharp(file.sourcePath, { animated: true }) : sharp(file.sourcePath).rotate();
        await image.toFile(target);
      } else {
        await copyFile(file.sourcePath, target);
      }
    }
  }
}
