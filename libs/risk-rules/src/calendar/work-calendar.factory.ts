import type { Jurisdiction } from '../history/enterprise-profile.model';
import { dayNumber } from '../calendar-day.util';
import { isoDayFromDayNumber } from './day-number.util';
import type { HolidayYear } from './holiday-year.model';
import type { WorkCalendar } from './work-calendar.model';

/** A calendar that knows exactly the years of its holiday data and refuses any other year. */
export function calendarFromHolidayYears(
  jurisdiction: Jurisdiction,
  name: string,
  holidayYears: readonly HolidayYear[],
  missingYearHint: string,
): WorkCalendar {
  const daysOff = new Set<string>();
  const makeUpWorkdays = new Set<string>();
  for (const holiday of holidayYears.flatMap((year) => year.holidays)) {
    for (let day = dayNumber(holiday.firstDayOff); day <= dayNumber(holiday.lastDayOff); day++) {
      daysOff.add(isoDayFromDayNumber(day));
    }
    holiday.makeUpWorkdays.forEach((day) => makeUpWorkdays.add(day));
  }
  return {
    jurisdiction,
    name,
    coverage: { kind: 'listed-years', years: new Set(holidayYears.map((year) => year.year)), missingYearHint },
    daysOff,
    makeUpWorkdays,
  };
}

/** A calendar of Mondays to Fridays for any year, for jurisdictions whose holidays are not ours to set. */
export function weekendsOnlyCalendar(jurisdiction: Jurisdiction, name: string): WorkCalendar {
  return { jurisdiction, name, coverage: { kind: 'every-year' }, daysOff: new Set(), makeUpWorkdays: new Set() };
}
