export { isoDayFromDayNumber } from '../calendar-day.util';

/** 1970-01-01, day number 0, was a Thursday. */
const EPOCH_WEEKDAY = 4;

/** 0 = Sunday … 6 = Saturday, computed on the UTC day number so no local time zone can shift it. */
export function weekdayOfDayNumber(day: number): number {
  return (((day + EPOCH_WEEKDAY) % 7) + 7) % 7;
}

export function isWeekendDayNumber(day: number): boolean {
  const weekday = weekdayOfDayNumber(day);
  return weekday === 0 || weekday === 6;
}
