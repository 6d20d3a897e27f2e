/**
 * Lines that make a backtracking regular expression super-linear: long runs of one character or
 * of a short unit that a pattern can match in more than one way (dot leaders pasted from a Word
 * table of contents, rows of `%` or digits, ZWNJ/space mixes). Used by the linear-time tests
 * (tests/security/pathological-lines.test.ts).
 */

/** Length of every pathological line, in UTF-16 units. */
export const PATHOLOGICAL_LENGTH = 200_000;

const UNITS: Array<[name: string, unit: string]> = [
  ["dots", "."], ["percent signs", "%"], ["plus signs", "+"], ["hyphens", "-"], ["Latin digits", "1"],
  ["Persian digits", "۱"], ["Persian letters", "ب"], ["asterisks", "*"], ["underscores", "_"],
  ["opening brackets", "["], ["spaces and ZWNJs", " \u200C"], ["ZWNJs and spaces", "\u200C "],
  ["Persian letter and ZWNJ", "ب\u200C"], ["Persian word and space", "کار "], ["dot and space", ". "],
  ["Latin letter and dot", "a."], ["Latin letter and space", "a "], ["digit and space", "1 "],
  ["digit and hyphen", "1-"], ["digit and dot", "1."], ["backticks", "`"], ["less-than signs", "<"],
  ["at signs", "@"], ["Latin letter and at sign", "a@"], ["tildes", "~"], ["ampersand and hash", "&#"],
  ["link openers", "]("], ["URL schemes", "http://"], ["tabs and spaces", "\t "], ["Persian commas", "، "],
  ["hash signs", "#"], ["parentheses", "("], ["slashes", "/"], ["Latin word and slash", "ab/"],
  ["list bullets", "- "], ["quote markers", "> "], ["bullets and tabs", "*\t"],
];

/** [name, line] for each kind; each line is exactly PATHOLOGICAL_LENGTH long, with no line break. */
export const PATHOLOGICAL_LINES: ReadonlyArray<readonly [string, string]> = UNITS.map(([name, unit]) => [
  name,
  unit.repeat(Math.ceil(PATHOLOGICAL_LENGTH / unit.length)).slice(0, PATHOLOGICAL_LENGTH),
]);

/** A valid release file whose body is a short Persian paragraph and then `line`. */
export function releaseWithBody(line: string, code = 1): string {
  return [
    "---",
    `code: ${code}`,
    "title: خبر آزمایشی با یک خط بسیار بلند",
    "lead: این خبر یک خط بسیار بلند دارد تا روشن شود که ساخت سایت با متن‌های نامعمول هم زود تمام می‌شود.",
    "date: 1404-06-25 10:30",
    "county: shiraz",
    "topics: [employment]",
    "---",
    "بند نخست خبر.",
    "",
    line,
    "",
  ].join("\n");
}
