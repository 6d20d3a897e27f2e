import { readFileSync } from "node:fs";
import path from "node:path";
import { LinkChecker, LinkState } from "linkinator";
import { count, urlPathOf } from "./site-files.ts";
import { result, type GateContext, type GateResult } from "./types.ts";

/** Links that leave the test server are skipped: the gates run offline. */
export function isExternal(link: string, origin: string): boolean {
  return /^https?:\/\//i.test(link) && !link.startsWith(`${origin}/`) && link !== origin;
}

/**
 * Gate 3: linkinator over the whole site served on 127.0.0.1, fragments included.
 * Every page is a starting point (so a page no link reaches, like 404.html, is checked too),
 * and the crawl recurses through every link on the server; links to other hosts are skipped.
 * With `ctx.crawl` false (the generated site) only the links on `ctx.pages` are checked.
 */
export async function linksGate(ctx: GateContext): Promise<GateResult> {
  const checker = new LinkChecker();
  const { links } = await checker.check({
    path: ctx.pages.map((p) => `${ctx.origin}${urlPathOf(p)}`),
    recurse: ctx.crawl ?? true,
    checkFragments: true,
    checkCss: true,
    concurrency: 20,
    timeout: 20_000,
    linksToSkip: async (link) => isExternal(link, ctx.origin),
  });
  const local = (u: string) => u.replace(ctx.origin, "");
  const broken = links.filter((l) => l.state === LinkState.BROKEN);
  // linkinator names only the first page that led to a URL; for a missing fragment, name
  // every page whose HTML links to it, so the template to fix is easy to find.
  let html: Map<string, string> | undefined;
  const linking = (fragment: string) => {
    html ??= new Map(ctx.pages.map((p) => [p, readFileSync(path.join(ctx.siteDir, p), "utf8")]));
    return [...html].filter(([, text]) => text.includes(`#${fragment}"`)).map(([p]) => p);
  };
  const findings = broken.map((l) => {
    const detail = l.failureDetails?.map((d) => (d instanceof Error ? d.message : `HTTP ${d.status}`)).join("; ");
    const fragment = /#([^#]+)$/.exec(l.url)?.[1];
    const from = fragment && l.status === 200 ? linking(fragment) : l.parent ? [local(l.parent)] : [];
    const where = from.length ? ` on ${from.slice(0, 3).join(", ")}${from.length > 3 ? `, +${from.length - 3} more` : ""}` : "";
    return `${local(l.url)} (${l.status ?? "-"})${where}${detail ? `: ${detail}` : ""}`;
  });
  const checked = links.filter((l) => l.state === LinkState.OK).length;
  const skipped = links.filter((l) => l.state === LinkState.SKIPPED).length;
  return result("linkinator", broken.length === 0, `${count(checked, "link")} ok, ${broken.length} broken, ${skipped} external skipped`, findings);
}
