import { boundedMemo } from './bounded-memo.util';

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days since the Unix epoch for a 'YYYY-MM-DD' calendar date. Working in whole UTC days keeps
 * day differences free of time-zone and daylight-saving drift.
 */
export const dayNumber: (isoDay: string) => number = boundedMemo(parseDayNumber);

function parseDayNumber(isoDay: string): number {
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

/** The UTC calendar day of an ISO-8601 timestamp (as `isoDayOf`); a RangeError if it is not one. */
export const isoDayOfTimestamp: (timestamp: string) => string = boundedMemo((timestamp) => isoDayOf(new Date(timestamp)));

/** The 'YYYY-MM-DD' calendar day of a day number (the inverse of `dayNumber`). */
export const isoDayFromDayNumber: (day: number) => string = boundedMemo((day) => isoDayOf(new Date(day * MS_PER_DAY)));

export function daysBetween(fromIsoDay: string, toIsoDay: string): number {
  return dayNumber(toIsoDay) - dayNumber(fromIsoDay);
}

/** The calendar day `days` after (or, negative, before) an ISO day. */
export function addDays(isoDay: string, days: number): string {
  return isoDayFromDayNumber(dayNumber(isoDay) + days);
}
