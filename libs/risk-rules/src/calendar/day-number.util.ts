import { isoDayOf } from '../calendar-day.util';

const MS_PER_DAY = 86_400_000;
/** 1970-01-01, day number 0, was a Thursday. */
const EPOCH_WEEKDAY = 4;

/** The 'YYYY-MM-DD' calendar day of a day number (the inverse of `dayNumber`). */
export function isoDayFromDayNumber(day: number): string {
  return isoDayOf(new Date(day * MS_PER_DAY));
}

/** 0 = Sunday … 6 = Saturday, computed on the UTC day number so no local time zone can shift it. */
export function weekdayOfDayNumber(day: number): number {
  return (((day + EPOCH_WEEKDAY) % 7) + 7) % 7;
}

export function isWeekendDayNumber(day: number): boolean {
  const weekday = weekdayOfDayNumber(day);
  return weekday === 0 || weekday === 6;
}
