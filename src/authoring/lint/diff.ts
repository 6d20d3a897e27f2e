/** One changed stretch: `a.slice(start, end)` became `replacement`. */
export interface Hunk {
  start: number;
  end: number;
  replacement: string;
}

/**
 * Character diff of a text and its cleaned copy (Myers' O((N+M)·D) algorithm), as hunks over `a`.
 * Used to turn virastar's whole-line output back into positioned edits. Myers costs time and memory
 * in proportion to (N+M)·D, so it runs only while that stays under MYERS_BUDGET; past it (a
 * pasted 200,000-character line of numbers whose every character changes) the hunks are
 * position-by-position for equal lengths, else one hunk of the changed middle: still exact
 * edits, found in linear time.
 * @example diffHunks("می شود", "می‌شود") → [{ start: 2, end: 3, replacement: "\u200c" }]
 */
export function diffHunks(a: string, b: string): Hunk[] {
  if (a === b) return [];
  // Trim the common prefix and suffix: most lines differ in a few places only.
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const x = a.slice(pre, a.length - suf);
  const y = b.slice(pre, b.length - suf);
  const ops = myers(x, y, Math.floor(MYERS_BUDGET / Math.max(1, x.length + y.length)));
  if (!ops) return x.length === y.length ? positionalHunks(x, y, pre) : [{ start: pre, end: pre + x.length, replacement: y }];
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  let current: Hunk | undefined;
  for (const op of ops) {
    if (op === "=") {
      if (current) hunks.push(current);
      current = undefined;
      i++;
      j++;
      continue;
    }
    current ??= { start: pre + i, end: pre + i, replacement: "" };
    if (op === "-") {
      i++;
      current.end = pre + i;
    } else {
      current.replacement += y[j];
      j++;
    }
  }
  if (current) hunks.push(current);
  return hunks;
}

/** Most (N+M)·D the Myers diff may spend (steps, and Int32 cells of its trace). */
const MYERS_BUDGET = 10_000_000;

/** Hunks of two equally long strings, compared position by position. */
function positionalHunks(x: string, y: string, pre: number): Hunk[] {
  const hunks: Hunk[] = [];
  let i = 0;
  while (i < x.length) {
    if (x[i] === y[i]) {
      i++;
      continue;
    }
    const start = i;
    while (i < x.length && x[i] !== y[i]) i++;
    hunks.push({ start: pre + start, end: pre + i, replacement: y.slice(start, i) });
  }
  return hunks;
}

type Op = "=" | "-" | "+";

/** The shortest edit script from x to y as a list of keep / delete / insert steps; undefined when it needs more than maxD edits. */
function myers(x: string, y: string, maxD: number): Op[] | undefined {
  const n = x.length;
  const m = y.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    if (d > maxD) return undefined;
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let px: number;
      if (k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number))) {
        px = v[offset + k + 1] as number;
      } else {
        px = (v[offset + k - 1] as number) + 1;
      }
      let py = px - k;
      while (px < n && py < m && x[px] === y[py]) {
        px++;
        py++;
      }
      v[offset + k] = px;
      if (px >= n && py >= m) return backtrack(trace, x, y, d, offset);
    }
  }
  return [];
}

function backtrack(trace: Int32Array[], x: string, y: string, dEnd: number, offset: number): Op[] {
  const ops: Op[] = [];
  let px = x.length;
  let py = y.length;
  for (let d = dEnd; d > 0; d--) {
    const v = trace[d] as Int32Array;
    const k = px - py;
    const prevK = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number)) ? k + 1 : k - 1;
    const prevX = v[offset + prevK] as number;
    const prevY = prevX - prevK;
    while (px > prevX && py > prevY) {
      ops.push("=");
      px--;
      py--;
    }
    ops.push(px === prevX ? "+" : "-");
    px = prevX;
    py = prevY;
  }
  while (px > 0 && py > 0) {
    ops.push("=");
    px--;
    py--;
  }
  return ops.reverse();
}
