import { createInterface } from "node:readline/promises";
import type { Readable, Writable } from "node:stream";
import type { Vocabulary } from "../../content/release.ts";
import { keyHint } from "../../content/term-keys.ts";
import type { NewReleaseInput } from "./new-release.ts";

const list = (terms: Record<string, { name: string }>) =>
  Object.entries(terms).map(([key, { name }]) => `  ${key} — ${name}`).join("\n");

/**
 * Ask for the title, county, topics and file name in the terminal, re-asking until the keys are
 * known ones. Only the topics are required; the title can be written in the file later.
 * @example await askRelease(vocab, process.stdin, process.stdout) → { title: "…", county: "kazerun", topics: ["employment"] }
 */
export async function askRelease(vocabulary: Vocabulary, input: Readable, output: Writable): Promise<NewReleaseInput> {
  const rl = createInterface({ input, output });
  try {
    const title = (await rl.question("تیتر خبر (اختیاری؛ بعداً هم می‌توانید در پرونده بنویسید) — title (optional):\n> ")).trim();

    output.write(`\nشهرستان‌ها — counties:\n${list(vocabulary.counties)}\n`);
    let county: string | undefined;
    for (;;) {
      const answer = (await rl.question("کلید شهرستان (خبر استانی: خالی بگذارید) — county key (empty: province-wide):\n> ")).trim();
      if (answer === "" || answer in vocabulary.counties) {
        county = answer || undefined;
        break;
      }
      const hint = keyHint(answer, vocabulary.counties);
      output.write(`«${answer}» در فهرست نیست؛ یکی از کلیدهای بالا را بنویسید.${hint.fa} — not a county key; use one listed above.${hint.en}\n`);
    }

    output.write(`\nموضوع‌ها — topics:\n${list(vocabulary.topics)}\n`);
    let topics: string[];
    for (;;) {
      const answer = await rl.question("کلید موضوع‌ها، با ویرگول جدا، مثلاً employment,insurance — topic keys, comma-separated:\n> ");
      topics = answer.split(/[,،\s]+/).map((t) => t.trim()).filter(Boolean);
      const unknown = topics.filter((t) => !(t in vocabulary.topics));
      if (topics.length >= 1 && topics.length <= 5 && unknown.length === 0 && new Set(topics).size === topics.length) break;
      output.write(
        unknown.length > 0
          ? `«${unknown.join("، ")}» در فهرست نیست — not a topic key\n`
          : "۱ تا ۵ موضوع بی‌تکرار بنویسید — write 1 to 5 distinct topics\n",
      );
    }

    const slug = (await rl.question("\nچند واژهٔ لاتین برای نام پرونده (اختیاری)، مثلاً workers-pool — Latin words for the file name (optional):\n> ")).trim();
    return { ...(title ? { title } : {}), ...(county ? { county } : {}), topics, ...(slug ? { slug } : {}) };
  } finally {
    rl.close();
  }
}
