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
        ...(/\.svg$/i.test(site.identity.mark) ? [{ src: "/favicon.svg", sizes: "any", type: "image/svg+xml" }] : []),
      ],
    },
    null,
    2,
  )}\n`;
}

/**
 * The URL the mark is published at: `/assets/img/mark.svg` or `/assets/img/mark.png`.
 * @example markUrl("_data/brand/emblem.PNG") → "/assets/img/mark.png"
 */
export function markUrl(mark: string): string {
  return `/assets/img/mark${path.extname(mark).toLowerCase()}`;
}

/** The file of `site.identity.mark` (a path in the project, SVG or PNG), or a bilingual error. */
export function markFile(root: string, site: Site): string {
  const mark = site.identity?.mark ?? "";
  const file = path.resolve(root, mark);
  const inside = file.startsWith(path.resolve(root) + path.sep) && !mark.split(/[\\/]/).includes("..");
  if (!/\.(?:svg|png)$/i.test(mark) || !inside || !existsSync(file)) {
    throw new ContentError([{
      file: "_data/site.json", field: "identity.mark", found: mark, severity: "error",
      fa: "باید مسیر پرونده‌ای SVG یا PNG در پروژه باشد که وجود دارد، مانند ‎_data/brand/mark.svg‎",
      en: "must be the path of an existing SVG or PNG file in the project, e.g. _data/brand/mark.svg",
    }]);
  }
  return file;
}

/**
 * Make the favicon set from the organisation's mark (`site.identity.mark`): `favicon.svg`
 * (an SVG mark as it is), `favicon.ico` (16 and 32 px), `apple-touch-icon.png` (180 px on
 * white: iOS fills transparency with black), `icon-192.png`, `icon-512.png`,
 * `site.webmanifest`, and the mark itself at `markUrl` (for the header and the letterhead).
 * The placeholder is `_data/brand/mark.svg`: drop the customer's emblem beside it and point
 * site.json at it.
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
    ...(/\.svg$/i.test(source) ? [copyFile(source, path.join(outDir, "favicon.svg"))] : []),
    // The mark itself, for the header and the letterhead.
    mkdir(path.join(outDir, "assets/img"), { recursive: true }).then(() => copyFile(source, path.join(outDir, markUrl(site.identity.mark)))),
  ]);
}
