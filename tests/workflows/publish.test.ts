import { readFileSync } from "node:fs";
import yaml from "js-yaml";
import { test } from "uvu";
import * as assert from "uvu/assert";

interface Step { name?: string; run?: string; uses?: string }
interface Workflow {
  on: { push: { branches: string[] }; schedule: Array<{ cron: string }> };
  jobs: { build: { steps: Step[] }; deploy: { needs: string; steps: Step[] } };
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

test.run();
