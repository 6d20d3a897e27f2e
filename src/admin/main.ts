import "./before-cms.ts";
import CMS from "@sveltia/cms";
import { registerFields } from "./fields.ts";
import { fromReleaseFile, toReleaseFile } from "./format.ts";
import { setRetiredCodes } from "./next-code.ts";
import { previewTemplate, type PreviewVocabulary } from "./preview.ts";

/**
 * The editing desk at /admin/: Sveltia CMS with the newsroom's fields, file format and preview,
 * configured by `config.json` (generated at build time from the schema and `_data/`,
 * src/admin-build/cms-config.ts). Bundled by src/admin-build/bundle.ts; loaded by /admin/ only.
 */
async function start(): Promise<void> {
  const response = await fetch(new URL("config.json", document.baseURI), { cache: "no-cache" });
  const { config, vocabulary, retiredCodes, stylesheet } = (await response.json()) as {
    config: Record<string, unknown>;
    vocabulary: PreviewVocabulary;
    retiredCodes: number[];
    stylesheet: string;
  };
  setRetiredCodes(retiredCodes);
  registerFields(CMS);
  CMS.registerCustomFormat("newsroom-release", "md", { fromFile: fromReleaseFile, toFile: toReleaseFile });
  const preview = previewTemplate(vocabulary) as Parameters<typeof CMS.registerPreviewTemplate>[1];
  CMS.registerPreviewTemplate("drafts", preview);
  CMS.registerPreviewTemplate("published", preview);
  CMS.registerPreviewStyle(stylesheet);
  // Sveltia types its configuration precisely; ours is generated and checked by its tests.
  await CMS.init({ config: config as Parameters<typeof CMS.init>[0] extends { config?: infer C } | undefined ? C : never });
}

start().catch((err: unknown) => {
  document.body.textContent = `میز تحریریه بار نشد: ${String(err)}`;
});
