import path from "node:path";
import { parseArgs } from "node:util";
import { cacheVersion, defaultCacheBase } from "../../build/cache.ts";
import { runCheck } from "./check.ts";
import { toCheckJson } from "./format-json.ts";
import { formatReport } from "./format-text.ts";

/**
 * `npm run check [-- --fix] [--json] [--releases <dir>] [--data <dir>]`: validate every release and lint its
 * Persian text, without Eleventy. Exit 0: no errors (warnings allowed); 1: errors; 2: bad usage.
 */
const USAGE = `npm run check [-- --fix] [--json] [--releases <folder>]
  بررسی همهٔ خبرها بدون ساختن سایت — check every release without building the site
  --fix        اصلاح خودکار هشدارهای نگارشی — apply the safe Persian text fixes in place
  --json       خروجی ماشینی — machine-readable output (README.md: "check --json")
  --releases   پوشهٔ خبرها (پیش‌فرض releases) — the release folder (default releases)
  --data       پوشهٔ داده‌ها (پیش‌فرض _data) — the data folder (default _data)`;

let values: { fix?: boolean; json?: boolean; releases?: string; data?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      fix: { type: "boolean" },
      json: { type: "boolean" },
      releases: { type: "string" },
      data: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  }));
} catch (err) {
  console.error(`${(err as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const root = process.cwd();
try {
  const report = runCheck({
    root,
    ...(values.releases ? { releasesDir: path.resolve(root, values.releases) } : {}),
    ...(values.data ? { dataDir: path.resolve(root, values.data) } : {}),
    fix: values.fix === true,
    // The build's parse cache: a check reuses what the last build parsed, and the build after it what the check did.
    cacheDir: path.join(defaultCacheBase(root), cacheVersion(root, values.data ? path.resolve(root, values.data) : path.join(root, "_data"))),
  });
  console.log(values.json ? JSON.stringify(toCheckJson(report), null, 2) : formatReport(report));
  process.exitCode = report.errors > 0 ? 1 : 0;
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 2;
}
