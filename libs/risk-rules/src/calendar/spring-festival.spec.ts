import { springFestivalDate } from './spring-festival';
import { WORK_CALENDARS, isWorkingDay } from './work-calendar';

describe('springFestivalDate', () => {
  it.each([
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
    [2029, '2029-02-13'],
    [2030, '2030-02-03'],
  ])('%i: %s', (year, expected) => {
    expect(springFestivalDate(year)).toBe(expected);
  });

  it.each([2024, 2025, 2026])('falls inside the %i Spring Festival break of the work calendar', (year) => {
    expect(isWorkingDay(WORK_CALENDARS.CN, springFestivalDate(year))).toBe(false);
  });

  it('refuses a year without data', () => {
    expect(() => springFestivalDate(2031)).toThrow(RangeError);
  });
});
