import { writeFileSync } from "node:fs";
import path from "node:path";
import { readVocabulary } from "./load-releases.ts";
import { releaseJsonSchema } from "./schema.ts";

/**
 * `npm run schema`: write `docs/release.schema.json`, the JSON Schema of a release's front matter
 * generated from src/content/schema.ts and `_data/` (topics, counties). tests/content/schema.test.ts
 * fails when the committed file differs from what this writes.
 */
export function schemaFileText(dataDir: string): string {
  const vocab = readVocabulary(dataDir);
  return `${JSON.stringify(releaseJsonSchema({ topics: Object.keys(vocab.topics), counties: Object.keys(vocab.counties) }), null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.cwd();
  const out = path.join(root, "docs/release.schema.json");
  writeFileSync(out, schemaFileText(path.join(root, "_data")));
  console.log(`wrote ${path.relative(root, out)}`);
}
