/**
 * Wall time of each build phase, for `npm run bench`. One process builds one site at a time,
 * so a module-level record is enough; `resetPhases` starts a new build.
 */
const times = new Map<string, number>();
const marks = new Map<string, number>();

export function resetPhases(): void {
  times.clear();
  marks.clear();
}

/** Run `fn`, adding its wall time to the phase `name`. @example await timePhase("feeds", () => writeFeeds(…)) */
export async function timePhase<T>(name: string, fn: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await fn();
  } finally {
    times.set(name, (times.get(name) ?? 0) + performance.now() - started);
  }
}

/** Phase → milliseconds, in the order the phases first ran. */
export function phaseTimes(): Record<string, number> {
  return Object.fromEntries([...times].map(([k, v]) => [k, Math.round(v)]));
}

/** Add a duration measured elsewhere (e.g. between two events) to the phase `name`. */
export function addPhase(name: string, ms: number): void {
  times.set(name, (times.get(name) ?? 0) + ms);
}

/**
 * Note the moment `name` happened, in ms since this process started (`performance.now()`
 * counts from Node's start, so the first mark also shows what Node, tsx and the imports cost).
 * Only the first time a name is marked counts. For the benchmark's timeline.
 */
export function mark(name: string): void {
  if (!marks.has(name)) marks.set(name, Math.round(performance.now()));
}

/** Mark → ms since process start, in the order they happened. */
export function timeline(): Record<string, number> {
  return Object.fromEntries([...marks].sort((a, b) => a[1] - b[1]));
}
