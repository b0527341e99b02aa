import { dayNumber } from '../calendar-day.util';
import { CHINA_HOLIDAY_YEARS } from './china-holidays.data';
import { isWeekendDayNumber } from './day-number.util';
import { WORK_CALENDARS, workingDaysBetween } from './work-calendar';

/**
 * Statutory holidays per year (全国年节及纪念日放假办法): 11 days until 2024, 13 from 2025. Make-up
 * workdays only move days, so a year has exactly this many fewer working days than weekdays.
 */
const STATUTORY_HOLIDAYS: Readonly<Record<number, number>> = { 2024: 11, 2025: 13, 2026: 13 };

function weekdaysIn(year: number): number {
  let weekdays = 0;
  for (let day = dayNumber(`${year}-01-01`); day <= dayNumber(`${year}-12-31`); day++) {
    if (!isWeekendDayNumber(day)) weekdays++;
  }
  return weekdays;
}

describe.each(CHINA_HOLIDAY_YEARS.map((holidayYear) => [holidayYear.year, holidayYear] as const))(
  'China holiday data for %i',
  (year, holidayYear) => {
    it('keeps every break inside its year, in order, with make-up workdays on weekends outside the break', () => {
      for (const holiday of holidayYear.holidays) {
        expect([holiday.firstDayOff, holiday.lastDayOff].every((day) => day.startsWith(`${year}-`))).toBe(true);
        expect(dayNumber(holiday.firstDayOff)).toBeLessThanOrEqual(dayNumber(holiday.lastDayOff));
        for (const workday of holiday.makeUpWorkdays) {
          expect(isWeekendDayNumber(dayNumber(workday))).toBe(true);
          expect(workday >= holiday.firstDayOff && workday <= holiday.lastDayOff).toBe(false);
        }
      }
    });

    it('has as many working days as weekdays less the statutory holidays', () => {
      const workingDays = workingDaysBetween(WORK_CALENDARS.CN, `${year - 1}-12-31`, `${year}-12-31`);
      expect(workingDays).toBe(weekdaysIn(year) - STATUTORY_HOLIDAYS[year]);
    });
  },
);
