// Worker for src/content/file-kind.ts: file-type is promise-only, the loader is synchronous,
// so synckit runs this in a worker thread and waits for the answer. Plain JavaScript so the
// worker needs no TypeScript loader.
import { fileTypeFromFile } from "file-type";
import { runAsWorker } from "synckit";

runAsWorker(async (/** @type {string} */ file) => {
  const type = await fileTypeFromFile(file);
  return type ? { ext: type.ext, mime: type.mime } : null;
});
