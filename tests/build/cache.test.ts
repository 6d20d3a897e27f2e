import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildSite } from "../../src/build/build-site.ts";
import { cacheVersion } from "../../src/build/cache.ts";
import { ContentError } from "../../src/content/problem.ts";

const root = process.cwd();
const tmp = mkdtempSync(path.join(os.tmpdir(), "newsroom-cache-"));
const releasesDir = path.join(tmp, "releases");
const cacheDir = path.join(tmp, "cache");
const BEFORE = Date.parse("2025-10-01T00:00:00Z") / 1000;
/** After 1405-01-10 09:00 Tehran, when release 5 of the fixture is scheduled. */
const AFTER_SCHEDULED = Date.parse("2026-04-01T00:00:00Z") / 1000;

/** Every file of a tree, relative path → bytes. */
function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const f of (readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[]).sort()) {
    const p = path.join(dir, f);
    if (statSync(p).isFile()) files.set(f.split(path.sep).join("/"), readFileSync(p));
  }
  return files;
}

/** Fails naming the first file that is missing, extra or different. */
function assertSameTree(warm: string, cold: string): void {
  const a = tree(warm);
  const b = tree(cold);
  assert.equal([...a.keys()], [...b.keys()], "the same files");
  for (const [f, bytes] of a) assert.ok(bytes.equals(b.get(f) as Buffer), `${f}: warm and cold bytes differ`);
}

async function build(name: string, epoch: number, cache: string | false) {
  process.env.SOURCE_DATE_EPOCH = String(epoch);
  try {
    return await buildSite({ root, outDir: path.join(tmp, name), releasesDir, cacheDir: cache });
  } finally {
    delete process.env.SOURCE_DATE_EPOCH;
  }
}

/** A warm build (the shared cache) and a cold one (no cache) of the same input: same bytes. */
async function warmEqualsCold(step: string, epoch: number) {
  const warm = await build(`${step}-warm`, epoch, cacheDir);
  await build(`${step}-cold`, epoch, false);
  assertSameTree(path.join(tmp, `${step}-warm`), path.join(tmp, `${step}-cold`));
  return warm;
}

const release = (name: string) => path.join(releasesDir, "1404", name);

test.before(async () => {
  cpSync(path.join(root, "tests/fixtures/valid/basic"), releasesDir, { recursive: true });
  await build("first", BEFORE, cacheDir);
});

test.after(() => rmSync(tmp, { recursive: true, force: true }));

test("cache :: nothing changed: nothing rendered, the same bytes as a cold build", async () => {
  const { rendered } = await warmEqualsCold("same", BEFORE);
  assert.is(rendered, 0);
  const links = (f: string) => statSync(path.join(tmp, "same-warm", f)).nlink;
  assert.ok(links("releases/3/index.html") > 1, "a page is a link into the cache");
  assert.is(links("pagefind/pagefind-entry.json"), 1, "regression: Pagefind's fixed-name files are copies (npm start rewrites them)");
});

test("cache :: after an edit and a new release, a warm build is byte-identical to a cold one", async () => {
  const file = release("0003-pool.md");
  writeFileSync(file, readFileSync(file, "utf8").replace("آغاز شد. <script>", "آغاز شد و تا پایان سال ادامه دارد. <script>"));
  writeFileSync(release("0007-added.md"), readFileSync(release("0002-nowruz.md"), "utf8")
    .replace("code: 2", "code: 7").replace("date: 2025-03-21 00:00", "date: 1404-07-01 09:00")
    .replace("پیام نوروزی مدیرکل", "پیام تازهٔ مدیرکل"));
  const { rendered, pages } = await warmEqualsCold("edit", BEFORE);
  assert.ok(rendered > 0 && rendered < pages, `rendered ${rendered} of ${pages}: only what changed`);
  assert.ok(readFileSync(path.join(tmp, "edit-warm/releases/3/index.html"), "utf8").includes("تا پایان سال ادامه دارد"));
});

test("cache :: after a withdrawal, a warm build is byte-identical to a cold one", async () => {
  const file = release("0004-same-time.md");
  writeFileSync(file, readFileSync(file, "utf8").replace("topics: [employment]\n",
    "topics: [employment]\nwithdrawn:\n  date: 1404-06-28 09:00\n  reason: این خبر به درخواست ادارهٔ حقوقی پس گرفته شد.\n"));
  await warmEqualsCold("withdrawn", BEFORE);
  assert.ok(readFileSync(path.join(tmp, "withdrawn-warm/releases/4/index.html"), "utf8").includes("ادارهٔ حقوقی"));
});

test("cache :: when a scheduled release becomes due, a warm build is byte-identical to a cold one", async () => {
  await warmEqualsCold("due", AFTER_SCHEDULED);
  assert.ok(statSync(path.join(tmp, "due-warm/releases/5/index.html")).isFile());
});

test("cache :: the version changes with any file under src/, the data folder or the lockfile", () => {
  const fake = path.join(tmp, "fake-root");
  mkdirSync(path.join(fake, "src/deep"), { recursive: true });
  mkdirSync(path.join(fake, "_data"), { recursive: true });
  writeFileSync(path.join(fake, "src/a.ts"), "export {};\n");
  writeFileSync(path.join(fake, "_data/site.json"), "{}\n");
  writeFileSync(path.join(fake, "package-lock.json"), "{}\n");
  const versions = [cacheVersion(fake, path.join(fake, "_data"))];
  writeFileSync(path.join(fake, "src/deep/new-template.njk"), "<p>{{ x }}</p>\n"); // a file nobody listed
  versions.push(cacheVersion(fake, path.join(fake, "_data")));
  writeFileSync(path.join(fake, "_data/site.json"), '{"title":"x"}\n');
  versions.push(cacheVersion(fake, path.join(fake, "_data")));
  writeFileSync(path.join(fake, "package-lock.json"), '{"lockfileVersion":3}\n');
  versions.push(cacheVersion(fake, path.join(fake, "_data")));
  assert.is(new Set(versions).size, 4, versions.join(" "));
  assert.is(cacheVersion(fake, path.join(fake, "_data")), versions[3], "stable for the same files");
});

test("cache :: releases come from the parse cache; one broken since fails with the same message as without a cache", async () => {
  const version = readdirSync(cacheDir).find((name) => statSync(path.join(cacheDir, name)).isDirectory()) as string;
  assert.ok(readdirSync(path.join(cacheDir, version, "releases")).some((f) => f.endsWith(".bin")), "the loader's parse cache is in the build cache");
  const file = release("0002-nowruz.md");
  const before = readFileSync(file, "utf8");
  writeFileSync(file, before.replace("code: 2", "code: 2\ntitel: غلط"));
  try {
    const failure = async (cache: string | false) => {
      const err = await build("broken", BEFORE, cache).then(() => undefined, (e: unknown) => e);
      assert.instance(err, ContentError);
      return (err as ContentError).message;
    };
    const warm = await failure(cacheDir);
    assert.ok(warm.includes("releases/1404/0002-nowruz.md: titel: «titel» کلید ناشناخته است"), warm);
    assert.is(warm, await failure(false));
  } finally {
    writeFileSync(file, before);
  }
});

test.run();
