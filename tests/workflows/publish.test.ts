import { readFileSync } from "node:fs";
import yaml from "js-yaml";
import { test } from "uvu";
import * as assert from "uvu/assert";

interface Step { name?: string; id?: string; run?: string; uses?: string; if?: string; with?: Record<string, string> }
interface Workflow {
  on: { push: { branches: string[] }; schedule: Array<{ cron: string }> };
  jobs: { build: { steps: Step[]; outputs: Record<string, string> }; deploy: { needs: string; if?: string; steps: Step[] } };
}

const wf = yaml.load(readFileSync(".github/workflows/publish.yml", "utf8")) as Workflow;

test("publish workflow :: runs on a push to main and every 15 minutes", () => {
  assert.equal(wf.on.push.branches, ["main"]);
  assert.equal(wf.on.schedule, [{ cron: "*/15 * * * *" }]);
});

test("publish workflow :: checks, tests and builds before it uploads; deploys only after the build job", () => {
  const runs = wf.jobs.build.steps.map((s) => s.run ?? s.uses ?? "");
  const at = (text: string) => runs.findIndex((r) => r.includes(text));
  assert.ok(at("npm ci") >= 0 && at("npm ci") < at("npm run check"));
  assert.ok(at("npm run check") < at("npm test") && at("npm test") < at("npm run build"));
  assert.ok(at("npm run build") < at("actions/upload-pages-artifact"));
  assert.ok(runs[at("npm run build")]?.includes("SOURCE_DATE_EPOCH="));
  assert.is(wf.jobs.deploy.needs, "build");
  assert.ok(wf.jobs.deploy.steps.some((s) => s.uses?.startsWith("actions/deploy-pages")));
});

test("publish workflow :: restores the build cache before the build and saves it after, keyed by the code", () => {
  const steps = wf.jobs.build.steps;
  const at = (uses: string) => steps.findIndex((s) => s.uses?.startsWith(uses));
  const build = steps.findIndex((s) => s.run?.includes("npm run build"));
  const restore = steps[at("actions/cache/restore")];
  const save = steps[at("actions/cache/save")];
  assert.ok(at("actions/cache/restore") >= 0 && at("actions/cache/restore") < build);
  assert.ok(at("actions/cache/save") > build);
  assert.is(restore?.with?.path, ".cache\n_site\n");
  assert.is(save?.with?.key, restore?.with?.key);
  for (const input of ["package-lock.json", "src/**"]) assert.ok(restore?.with?.key?.includes(input), input);
  assert.ok(restore?.with?.["restore-keys"]?.includes("build-${{ runner.os }}-"), "partial reuse");
});

test("publish workflow :: uploads and deploys only when the output differs from the live site", () => {
  const steps = wf.jobs.build.steps;
  const compare = steps.find((s) => s.id === "compare");
  assert.ok(compare?.run?.includes("site-hash.txt"));
  const at = (text: string) => steps.findIndex((s) => (s.run ?? s.uses ?? "").includes(text));
  assert.ok(at("actions/cache/save") < at("_site/site-hash.txt"), "the cached _site is the build's, without the hash file");
  assert.ok(at("_site/site-hash.txt") < at("actions/upload-pages-artifact"));
  assert.is(wf.jobs.build.outputs.changed, "${{ steps.compare.outputs.changed }}");
  assert.is(steps.find((s) => s.uses?.startsWith("actions/upload-pages-artifact"))?.if, "steps.compare.outputs.changed == 'true'");
  assert.is(wf.jobs.deploy.if, "needs.build.outputs.changed == 'true'");
});

test.run();
