const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days since the Unix epoch for a 'YYYY-MM-DD' calendar date. Working in whole UTC days keeps
 * day differences free of time-zone and daylight-saving drift.
 */
export function dayNumber(isoDay: string): number {
  const match = ISO_DAY.exec(isoDay);
  if (!match) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${isoDay}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC silently rolls 2024-02-30 over into March; refuse it instead.
  if (new Date(ms).getUTCDate() !== day) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${isoDay}`);
  return ms / MS_PER_DAY;
}

/**
 * The UTC calendar day of an instant, as 'YYYY-MM-DD'. Callers that reason in a local business
 * day (e.g. Asia/Shanghai) pass that day's UTC midnight.
 */
export function isoDayOf(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date');
  return instant.toISOString().slice(0, 10);
}

export function daysBetween(fromIsoDay: string, toIsoDay: string): number {
  return dayNumber(toIsoDay) - dayNumber(fromIsoDay);
}

/** The calendar day `days` after (or, negative, before) an ISO day. */
export function addDays(isoDay: string, days: number): string {
  return new Date((dayNumber(isoDay) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}
