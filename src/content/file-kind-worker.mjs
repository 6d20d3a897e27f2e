// Worker for src/content/file-kind.ts: file-type and sharp only answer with promises and the
// loader is synchronous, so synckit runs this in a worker thread and waits for the answer.
// Plain JavaScript so the worker needs no TypeScript loader.
import { fileTypeFromFile } from "file-type";
import sharp from "sharp";
import { runAsWorker } from "synckit";

/**
 * @param {string} file absolute path
 * @param {boolean} decodeHeader also read the image header with sharp, as the image step will
 * @returns {Promise<{ ext: string; mime: string; readable: boolean } | null>}
 */
async function detect(file, decodeHeader) {
  const type = await fileTypeFromFile(file);
  if (!type) return null;
  let readable = true;
  if (decodeHeader) {
    readable = await sharp(file).metadata().then((m) => Boolean(m.width && m.height), () => false);
  }
  return { ext: type.ext, mime: type.mime, readable };
}

runAsWorker(detect);
