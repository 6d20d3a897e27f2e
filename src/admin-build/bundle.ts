import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { precompress } from "../build/precompress.ts";

/** Entry of the desk's browser code. */
const ENTRY = "src/admin/main.ts";
/** Sveltia's fonts, wasm and workers, which its code finds next to itself (`new URL(…, import.meta.url)`). */
const SVELTIA_ASSETS = "node_modules/@sveltia/cms/npm/assets";

interface Manifest {
  /** Local source files the bundle was built from, with the SHA-256 of each. */
  inputs: Record<string, string>;
}

/** The project this file belongs to: the desk is bundled from its sources and node_modules, whatever the build's cwd. */
const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

async function inputsUnchanged(root: string, manifest: Manifest): Promise<boolean> {
  for (const [file, hash] of Object.entries(manifest.inputs)) {
    const text = await readFile(path.join(root, file)).catch(() => undefined);
    if (!text || sha256(text) !== hash) return false;
  }
  return true;
}

/**
 * The desk's JavaScript: Sveltia CMS (the exact version of package-lock.json) and src/admin/,
 * bundled by esbuild into ES modules under `<cacheDir>/<lockfile hash>/`, with Sveltia's assets
 * copied beside them and every file gzipped for nginx's gzip_static. Cached: rebuilt only when package-lock.json or a local source file the
 * bundle was made from changes (the manifest lists them). Returns the folder to copy to
 * `/admin/cms/`; `main.js` is its entry. Nothing is fetched from the network, at build or run time.
 */
export async function adminBundle(root = PROJECT_ROOT, cacheDir = path.join(root, ".cache/admin")): Promise<string> {
  const lock = await readFile(path.join(root, "package-lock.json"));
  const dir = path.join(cacheDir, sha256(lock).slice(0, 16));
  const manifestFile = path.join(dir, "manifest.json");
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(await readFile(manifestFile, "utf8")) as Manifest;
    if (await inputsUnchanged(root, manifest)) return path.join(dir, "out");
  }
  const staging = `${dir}.tmp-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  const out = path.join(staging, "out");
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: ENTRY },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "linked",
    outdir: out,
    metafile: true,
    logLevel: "error",
    define: { "process.env.NODE_ENV": '"production"' },
  });
  await cp(path.join(root, SVELTIA_ASSETS), path.join(out, "assets"), {
    recursive: true,
    filter: (src) => !src.endsWith(".map"),
  });
  // Compressed once here, not in every build: the build's precompress leaves files with a .gz alone.
  await precompress(out);
  const inputs: Record<string, string> = {};
  for (const file of Object.keys(result.metafile.inputs)) {
    if (file.startsWith("node_modules/")) continue;
    inputs[file] = sha256(await readFile(path.join(root, file)));
  }
  await writeFile(path.join(staging, "manifest.json"), JSON.stringify({ inputs } satisfies Manifest, null, 1));
  // Keep one bundle per lockfile: older ones are dropped.
  await mkdir(cacheDir, { recursive: true });
  for (const old of await readdir(cacheDir)) {
    if (!old.includes(".tmp-")) await rm(path.join(cacheDir, old), { recursive: true, force: true });
  }
  await rename(staging, dir);
  return path.join(dir, "out");
}
