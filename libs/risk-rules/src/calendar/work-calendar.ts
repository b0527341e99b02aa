import type { Jurisdiction } from '../history/enterprise-profile.model';
import { dayNumber } from '../calendar-day.util';
import { CHINA_HOLIDAY_YEARS } from './china-holidays.data';
import { isoDayFromDayNumber, isWeekendDayNumber } from './day-number.util';
import { US_FEDERAL_HOLIDAY_YEARS } from './us-federal-holidays.data';
import { calendarFromHolidayYears, weekendsOnlyCalendar } from './work-calendar.factory';
import type { WorkCalendar } from './work-calendar.model';

const MS_PER_DAY = 86_400_000;

/**
 * The working-day calendar of each jurisdiction. The EU sets no public holidays (Directive
 * 2003/88/EC regulates rest and leave, not holidays), so the EU minimum counts weekends only;
 * a deployment in a member state needs that state's holidays.
 */
export const WORK_CALENDARS: Readonly<Record<Jurisdiction, WorkCalendar>> = {
  CN: calendarFromHolidayYears(
    'CN',
    'China (State Council holiday arrangements)',
    CHINA_HOLIDAY_YEARS,
    "the State Council announces a year's holidays and make-up workdays around November of the year before; add its notice to china-holidays.data.ts",
  ),
  US: calendarFromHolidayYears(
    'US',
    'United States (federal holidays)',
    US_FEDERAL_HOLIDAY_YEARS,
    "add the year's observed federal holidays to us-federal-holidays.data.ts",
  ),
  EU: weekendsOnlyCalendar('EU', 'EU minimum (weekends only, no EU-wide public holidays)'),
};

/** True when `day` ('YYYY-MM-DD') is worked; RangeError for a year the calendar has no data for. */
export function isWorkingDay(calendar: WorkCalendar, day: string): boolean {
  return isWorkingDayNumber(calendar, dayNumber(day));
}

/**
 * The `n`-th working day after `day`, not counting `day` itself: n = 1 is the next working day.
 * n = 0 returns `day` when it is a working day, else the next one (a deadline that falls on a
 * day off moves to the next working day). A negative n counts back: n = -1 is the last working
 * day before `day`. RangeError for a fractional n or when the count runs into a year without data.
 */
export function addWorkingDays(calendar: WorkCalendar, day: string, n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Working days to add must be a whole number: ${n}`);
  let current = dayNumber(day);
  if (n === 0) {
    while (!isWorkingDayNumber(calendar, current)) current++;
    return isoDayFromDayNumber(current);
  }
  const step = Math.sign(n);
  for (let remaining = Math.abs(n); remaining > 0; ) {
    current += step;
    if (isWorkingDayNumber(calendar, current)) remaining--;
  }
  return isoDayFromDayNumber(current);
}

/**
 * Working days in (from, to]: the day a period starts does not count, the day it ends does. When
 * `to` is before `from`, minus the working days in (to, from]. So for a working day d and any n,
 * `workingDaysBetween(calendar, d, addWorkingDays(calendar, d, n)) === n`.
 */
export function workingDaysBetween(calendar: WorkCalendar, from: string, to: string): number {
  const [start, end] = [dayNumber(from), dayNumber(to)];
  // `0 -` rather than unary minus: an empty backward period must be 0, not -0.
  return end < start ? 0 - countWorkingDaysAfter(calendar, end, start) : countWorkingDaysAfter(calendar, start, end);
}

/** Working days in (start, end], a year at a time from that year's running totals. */
function countWorkingDaysAfter(calendar: WorkCalendar, start: number, end: number): number {
  let count = 0;
  for (let first = start + 1; first <= end; ) {
    const year = new Date(first * MS_PER_DAY).getUTCFullYear();
    const yearStart = Date.UTC(year, 0, 1) / MS_PER_DAY;
    const last = Math.min(end, Date.UTC(year + 1, 0, 1) / MS_PER_DAY - 1);
    const totals = runningTotals(calendar, year, yearStart);
    count += totals[last - yearStart + 1] - totals[first - yearStart];
    first = last + 1;
  }
  return count;
}

const RUNNING_TOTALS = new WeakMap<WorkCalendar, Map<number, Int32Array>>();

/** totals[i] = working days among the first i days of `year`; built once per calendar and year (RangeError for a year without data). */
function runningTotals(calendar: WorkCalendar, year: number, yearStart: number): Int32Array {
  const byYear = RUNNING_TOTALS.get(calendar) ?? new Map<number, Int32Array>();
  RUNNING_TOTALS.set(calendar, byYear);
  const known = byYear.get(year);
  if (known) return known;
  assertYearCovered(calendar, year);
  const days = Date.UTC(year + 1, 0, 1) / MS_PER_DAY - yearStart;
  const totals = new Int32Array(days + 1);
  for (let i = 0; i < days; i++) totals[i + 1] = totals[i] + (isWorkingDayNumber(calendar, yearStart + i) ? 1 : 0);
  byYear.set(year, totals);
  return totals;
}

function isWorkingDayNumber(calendar: WorkCalendar, day: number): boolean {
  const isoDay = isoDayFromDayNumber(day);
  assertYearCovered(calendar, Number(isoDay.slice(0, 4)));
  if (calendar.makeUpWorkdays.has(isoDay)) return true;
  if (calendar.daysOff.has(isoDay)) return false;
  return !isWeekendDayNumber(day);
}

function assertYearCovered(calendar: WorkCalendar, year: number): void {
  const { coverage } = calendar;
  if (coverage.kind === 'listed-years' && !coverage.years.has(year)) {
    throw new RangeError(`${calendar.name} has no working-day data for ${year}: ${coverage.missingYearHint}`);
  }
}

/**
 * `workingDaysBetween`, or — for a period reaching a year the calendar has no holidays for yet —
 * Monday to Friday only, flagged not exact. Scoring must not stop on 1 January because a notice
 * is not in the data yet; the explanation says the count is approximate instead.
 */
export function workingDaysBetweenOrWeekdays(calendar: WorkCalendar, from: string, to: string): { days: number; exact: boolean } {
  try {
    return { days: workingDaysBetween(calendar, from, to), exact: true };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const [start, end] = [dayNumber(from), dayNumber(to)];
    let days = 0;
    for (let day = Math.min(start, end) + 1; day <= Math.max(start, end); day++) if (!isWeekendDayNumber(day)) days++;
    return { days: end < start ? 0 - days : days, exact: false };
  }
}
