/**
 * Grandfather-father-son retention (issue 3): keep the newest copy of each of the last N days,
 * weeks, months and years, and always the newest verified copy. Pure, so it is tested on its own;
 * the runner calls it only for a destination whose backup just succeeded.
 */
export interface RetentionPolicy {
  keepDaily: number;
  keepWeekly: number;
  keepMonthly: number;
  keepYearly: number;
}

export interface DatedCopy {
  id: number;
  createdAt: Date;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const monthKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
const yearKey = (d: Date) => String(d.getFullYear());
/** ISO week (weeks start on Monday; week 1 holds the year's first Thursday). */
const weekKey = (d: Date) => {
  const date = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = new Date(Date.UTC(date.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((date.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${pad(week)}`;
};

/** Returns the ids to keep; every other copy may be pruned. */
export const copiesToKeep = (copies: readonly DatedCopy[], policy: RetentionPolicy): Set<number> => {
  const newestFirst = [...copies].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const keep = new Set<number>();
  const newest = newestFirst[0];
  if (newest) keep.add(newest.id);
  const buckets: [(d: Date) => string, number][] = [
    [dayKey, policy.keepDaily],
    [weekKey, policy.keepWeekly],
    [monthKey, policy.keepMonthly],
    [yearKey, policy.keepYearly],
  ];
  for (const [bucketOf, count] of buckets) {
    const seen = new Set<string>();
    for (const copy of newestFirst) {
      if (seen.size >= count) break;
      const bucket = bucketOf(copy.createdAt);
      if (seen.has(bucket)) continue;
      seen.add(bucket);
      keep.add(copy.id);
    }
  }
  return keep;
};
