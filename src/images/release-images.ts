import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
// @11ty/eleventy-img ships no type declarations; the two functions used here are typed below.
import ImageModule from "@11ty/eleventy-img";
import type { Release } from "../content/release.ts";

interface ImageFormatEntry {
  url: string;
  width: number;
  height: number;
  outputPath: string;
  sourceType: string;
  /** Bytes of the encoded file. */
  size: number;
}
type Metadata = Record<string, ImageFormatEntry[]>;
interface EleventyImage {
  (src: string, options: Record<string, unknown>): Promise<Metadata>;
  generateHTML(metadata: Metadata, attributes: Record<string, string>): string;
}
const Image = ImageModule as unknown as EleventyImage;

/** What pages and metadata need of a release image after it went through eleventy-img. */
export interface ResponsiveImage {
  /** `<picture>` with AVIF and WebP sources and a JPEG fallback, width and height set. */
  html: string;
  /** The same image for a listing card: the smallest width of each format only, lazy, no alt (the card's title says it). */
  thumb: string;
  /** The 1200 px JPEG for OpenGraph, JSON-LD and the feed enclosure (the largest one when the source is smaller); `bytes` is its size. */
  og: { url: string; width: number; height: number; bytes: number };
}

export const IMAGE_WIDTHS = [400, 800, 1200];

/**
 * Encode each release image to AVIF, WebP and JPEG at several widths. Files are encoded once
 * into a cache folder named by content hash and copied into the output, so an unchanged image
 * costs a copy, not an encode, on the next build. sharp writes no metadata unless asked
 * (eleventy-img never asks), so no EXIF or GPS of the original reaches the site; the original
 * itself is never published (tests/images/release-images.test.ts proves both).
 */
export async function processReleaseImages(
  releases: readonly Release[],
  outDir: string,
  cacheDir: string,
): Promise<Map<number, ResponsiveImage>> {
  const out = new Map<number, ResponsiveImage>();
  const copied = new Set<string>();
  for (const release of releases) {
    const image = release.image;
    if (!image) continue;
    const metadata = await Image(image.sourcePath, {
      widths: IMAGE_WIDTHS,
      formats: ["avif", "webp", "jpeg"],
      outputDir: cacheDir,
      urlPath: "/img/",
    });
    const jpegs = metadata.jpeg ?? [];
    const og = jpegs.find((j) => j.width === 1200) ?? jpegs.at(-1);
    if (!og) throw new Error(`${release.file}: image.src: no JPEG could be made of ${image.sourcePath}`);
    const html = Image.generateHTML(metadata, {
      alt: image.alt,
      sizes: "(min-width: 46rem) 44rem, 100vw",
      // The release image sits at the top of the page: load it at once, not lazily.
      loading: "eager",
      decoding: "async",
    });
    const smallest = Object.fromEntries(Object.entries(metadata).map(([format, list]) => [format, list.slice(0, 1)]));
    const thumb = Image.generateHTML(smallest, { alt: "", sizes: "8rem", loading: "lazy", decoding: "async" });
    for (const entry of Object.values(metadata).flat()) {
      if (copied.has(entry.outputPath)) continue;
      copied.add(entry.outputPath);
      const target = path.join(outDir, entry.url);
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(entry.outputPath, target);
    }
    out.set(release.code, { html, thumb, og: { url: og.url, width: og.width, height: og.height, bytes: og.size } });
  }
  return out;
}
