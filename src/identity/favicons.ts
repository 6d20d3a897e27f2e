import { existsSync } from "node:fs";
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { ContentError } from "../content/problem.ts";
import type { Site } from "../content/site.ts";

/** The files made from the organisation's mark, at the site's root (where browsers look). */
export const FAVICON_FILES = ["favicon.ico", "apple-touch-icon.png", "icon-192.png", "icon-512.png", "site.webmanifest"] as const;

/**
 * An ICO file of PNG images (the Vista+ form every current browser reads), largest last.
 * Written by hand: the format is a 6-byte header and a 16-byte entry per image (Microsoft's
 * "Icons" reference), and no maintained npm package makes ICO without native tools.
 * @example icoFromPngs([{ size: 16, png }, { size: 32, png }]) → Buffer starting 00 00 01 00 02 00
 */
export function icoFromPngs(images: ReadonlyArray<{ size: number; png: Buffer }>): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const e = Buffer.alloc(16);
    e.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    e.writeUInt8(size >= 256 ? 0 : size, 1);
    e.writeUInt8(0, 2); // no palette
    e.writeUInt8(0, 3);
    e.writeUInt16LE(1, 4); // colour planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    return e;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

/** The web app manifest: the site's names, language, direction and icons. */
export function webManifest(site: Site): string {
  return `${JSON.stringify(
    {
      name: site.title,
      short_name: site.shortTitle,
      description: site.description,
      lang: site.language,
      dir: site.direction,
      start_url: "/",
      scope: "/",
      display: "browser",
      background_color: "#ffffff",
      theme_color: site.identity.themeColor,
      icons: [
        { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
        { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
        ...(site.identity.mark.endsWith(".svg") ? [{ src: "/favicon.svg", sizes: "any", type: "image/svg+xml" }] : []),
      ],
    },
    null,
    2,
  )}\n`;
}

/** The project file of `site.identity.mark` (a URL under `/media/`), or a bilingual error. */
export function markFile(root: string, site: Site): string {
  const url = site.identity?.mark ?? "";
  const file = path.join(root, url);
  if (!/^\/media\/[^?#]+\.(svg|png)$/i.test(url) || url.includes("..") || !existsSync(file)) {
    throw new ContentError([{
      file: "_data/site.json", field: "identity.mark", found: url, severity: "error",
      fa: "باید نشانی پرونده‌ای SVG یا PNG در پوشهٔ media باشد که وجود دارد، مانند ‎/media/brand/mark.svg‎",
      en: "must be the URL of an existing SVG or PNG file under media/, e.g. /media/brand/mark.svg",
    }]);
  }
  return file;
}

/**
 * Make the favicon set from the organisation's mark (`site.identity.mark`): `favicon.svg`
 * (an SVG mark as it is), `favicon.ico` (16 and 32 px), `apple-touch-icon.png` (180 px on
 * white: iOS fills transparency with black), `icon-192.png`, `icon-512.png`,
 * `site.webmanifest`, and the mark itself at its own URL (for the header and the letterhead). Drop the customer's emblem in `media/` and point site.json at it.
 */
export async function writeFavicons(root: string, site: Site, outDir: string): Promise<void> {
  const source = markFile(root, site);
  await mkdir(outDir, { recursive: true });
  const png = (size: number, background?: string) => {
    const inset = background ? Math.round(size * 0.1) : 0;
    let img = sharp(source, { density: 384 }).resize(size - 2 * inset, size - 2 * inset, { fit: "contain", background: { r: 0, g: 0, b: 0, alpha: 0 } });
    if (background) img = img.extend({ top: inset, bottom: inset, left: inset, right: inset, background }).flatten({ background });
    return img.png().toBuffer();
  };
  const [p16, p32, touch, i192, i512] = await Promise.all([png(16), png(32), png(180, "#ffffff"), png(192), png(512)]);
  await Promise.all([
    writeFile(path.join(outDir, "favicon.ico"), icoFromPngs([{ size: 16, png: p16 }, { size: 32, png: p32 }])),
    writeFile(path.join(outDir, "apple-touch-icon.png"), touch),
    writeFile(path.join(outDir, "icon-192.png"), i192),
    writeFile(path.join(outDir, "icon-512.png"), i512),
    writeFile(path.join(outDir, "site.webmanifest"), webManifest(site)),
    ...(source.endsWith(".svg") ? [copyFile(source, path.join(outDir, "favicon.svg"))] : []),
    // The mark itself at its URL: media/ is published file by file, and nothing else names it.
    mkdir(path.dirname(path.join(outDir, site.identity.mark)), { recursive: true }).then(() => copyFile(source, path.join(outDir, site.identity.mark))),
  ]);
}
