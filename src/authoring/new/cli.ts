import { parseArgs } from "node:util";
import path from "node:path";
import { readBuildTime } from "../../content/build-time.ts";
import { readVocabulary } from "../../content/load-releases.ts";
import { AuthoringError } from "../authoring-error.ts";
import { createRelease, type NewReleaseInput } from "./new-release.ts";
import { askRelease } from "./prompt.ts";

/**
 * `npm run new [-- --title … --county … --topics a,b --slug …]`: create the next release file.
 * With no arguments in a terminal, asks for them. Exit 0: created; 2: bad input or file exists.
 */
const USAGE = `npm run new -- --topics employment,insurance [--county kazerun] [--title "تیتر خبر"] [--slug workers-pool]
  ساختن پروندهٔ خبر تازه با کد بعدی و تاریخ اکنون — create a new release file with the next code and today's date
  بدون گزینه و در پایانه، پرسش‌ها را یکی‌یکی می‌پرسد — with no options in a terminal, it asks for each one`;

const root = process.cwd();
try {
  const { values } = parseArgs({
    options: {
      title: { type: "string" },
      county: { type: "string" },
      topics: { type: "string" },
      slug: { type: "string" },
      releases: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const given = values.title !== undefined || values.county !== undefined || values.topics !== undefined || values.slug !== undefined;
  let input: NewReleaseInput;
  if (!given && process.stdin.isTTY) {
    input = await askRelease(readVocabulary(path.join(root, "_data")), process.stdin, process.stdout);
  } else {
    if (values.topics === undefined) {
      throw new AuthoringError(
        "موضوع خبر را بدهید، مثلاً: npm run new -- --topics employment --county kazerun --title \"تیتر خبر\"",
        "give the release's topics, e.g. npm run new -- --topics employment --county kazerun --title \"…\"",
      );
    }
    input = {
      topics: values.topics.split(/[,،]/).map((t) => t.trim()).filter(Boolean),
      ...(values.title ? { title: values.title } : {}),
      ...(values.county ? { county: values.county } : {}),
      ...(values.slug ? { slug: values.slug } : {}),
    };
  }
  const created = createRelease({
    root, ...input, now: readBuildTime(),
    ...(values.releases ? { releasesDir: path.resolve(root, values.releases) } : {}),
  });
  console.log(
    `خبر تازه ساخته شد — new release created:\n  ${created.file}\n` +
      `نشانی خبر پس از انتشار — its URL once published:\n  ${created.url}\n` +
      `پرونده را باز کنید، تیتر، لید و متن را بنویسید و سپس npm run check را اجرا کنید.\n` +
      `Open the file, write the title, lead and body, then run npm run check.`,
  );
} catch (err) {
  if (err instanceof AuthoringError) console.error(err.message);
  else if (err instanceof Error && "code" in err && String(err.code).startsWith("ERR_PARSE_ARGS")) console.error(`${err.message}\n\n${USAGE}`);
  else throw err;
  process.exitCode = 2;
}
