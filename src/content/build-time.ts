/**
 * The build's "now": `SOURCE_DATE_EPOCH` (seconds since the epoch, the reproducible-builds
 * convention) when set, else the clock. Read once per build by the caller; everything that
 * depends on "now" receives this one value.
 */
export function readBuildTime(env: NodeJS.ProcessEnv = process.env, clock: () => number = Date.now): Date {
  const raw = env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw === "") return new Date(clock());
  if (!/^\d+$/.test(raw.trim())) {
    throw new Error(
      `SOURCE_DATE_EPOCH: «${raw}» باید عدد صحیح ثانیه از ۱۹۷۰ باشد، مثلاً 1758004200\n` +
        `    SOURCE_DATE_EPOCH: «${raw}» must be whole seconds since 1970, e.g. 1758004200`,
    );
  }
  return new Date(Number(raw.trim()) * 1000);
}
