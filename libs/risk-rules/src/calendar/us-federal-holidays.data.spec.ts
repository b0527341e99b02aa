import { dayNumber } from '../calendar-day.util';
import { isoDayFromDayNumber, weekdayOfDayNumber } from './day-number.util';
import { US_FEDERAL_HOLIDAY_YEARS } from './us-federal-holidays.data';

const [SUNDAY, MONDAY, THURSDAY, SATURDAY] = [0, 1, 4, 6];

function isoDay(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The n-th given weekday of a month; n = -1 is the last. */
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  const first = dayNumber(isoDay(year, month, 1));
  const matches = Array.from({ length: 31 }, (_, offset) => first + offset)
    .filter((day) => isoDayFromDayNumber(day).startsWith(isoDay(year, month, 1).slice(0, 8)))
    .filter((day) => weekdayOfDayNumber(day) === weekday)
    .map(isoDayFromDayNumber);
  return matches.at(n > 0 ? n - 1 : n) ?? '';
}

/** 5 U.S.C. 6103(b) and EO 11582: a Saturday holiday is observed on Friday, a Sunday one on Monday. */
function observed(day: string): string {
  const weekday = weekdayOfDayNumber(dayNumber(day));
  const shift = weekday === SATURDAY ? -1 : weekday === SUNDAY ? 1 : 0;
  return isoDayFromDayNumber(dayNumber(day) + shift);
}

/** The rules of 5 U.S.C. 6103(a), to cross-check the hand-copied lists. */
function ruleBasedHolidays(year: number): string[] {
  return [
    observed(isoDay(year, 1, 1)),
    nthWeekday(year, 1, MONDAY, 3),
    nthWeekday(year, 2, MONDAY, 3),
    nthWeekday(year, 5, MONDAY, -1),
    observed(isoDay(year, 6, 19)),
    observed(isoDay(year, 7, 4)),
    nthWeekday(year, 9, MONDAY, 1),
    nthWeekday(year, 10, MONDAY, 2),
    observed(isoDay(year, 11, 11)),
    nthWeekday(year, 11, THURSDAY, 4),
    observed(isoDay(year, 12, 25)),
    // Next New Year's Day, when a Saturday, is observed on this year's December 31.
    observed(isoDay(year + 1, 1, 1)),
  ].filter((day) => day.startsWith(`${year}-`));
}

it.each(US_FEDERAL_HOLIDAY_YEARS.map((holidayYear) => [holidayYear.year, holidayYear] as const))(
  'US federal holidays of %i follow 5 U.S.C. 6103, observed dates included',
  (year, holidayYear) => {
    expect(holidayYear.holidays.map((holiday) => holiday.firstDayOff)).toEqual(ruleBasedHolidays(year));
  },
);
