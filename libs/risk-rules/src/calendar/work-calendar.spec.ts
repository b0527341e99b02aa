import fc from 'fast-check';
import { dayNumber } from '../calendar-day.util';
import type { Jurisdiction } from '../history/enterprise-profile.model';
import { isoDayFromDayNumber } from './day-number.util';
import { WORK_CALENDARS, addWorkingDays, isWorkingDay, workingDaysBetween, workingDaysBetweenOrWeekdays } from './work-calendar';

const CN = WORK_CALENDARS.CN;

describe('China working days around the 2026 Spring Festival (Feb 15–23 off, Sat Feb 14 and Sat Feb 28 worked)', () => {
  it.each([
    ['2026-02-13', true], // Friday
    ['2026-02-14', true], // Saturday, make-up workday
    ['2026-02-15', false], // Sunday, first day of the break
    ['2026-02-17', false], // Tuesday, Spring Festival itself
    ['2026-02-23', false], // Monday, last day of the break
    ['2026-02-24', true], // Tuesday, back at work
    ['2026-02-28', true], // Saturday, make-up workday
    ['2026-03-01', false], // Sunday
  ])('%s is a working day: %s', (day, expected) => {
    expect(isWorkingDay(CN, day)).toBe(expected);
  });

  it.each([
    ['2026-02-12', 1, '2026-02-13'],
    ['2026-02-12', 2, '2026-02-14'],
    ['2026-02-12', 3, '2026-02-24'],
    ['2026-02-12', 7, '2026-02-28'],
    ['2026-02-12', 8, '2026-03-02'],
    ['2026-02-15', 0, '2026-02-24'],
    ['2026-02-14', 0, '2026-02-14'],
    ['2026-02-16', 1, '2026-02-24'],
    ['2026-02-24', -1, '2026-02-14'],
    ['2026-02-24', -2, '2026-02-13'],
    ['2026-03-02', -1, '2026-02-28'],
  ])('%s plus %i working days is %s', (day, n, expected) => {
    expect(addWorkingDays(CN, day, n)).toBe(expected);
  });

  it.each([
    ['2026-02-13', '2026-02-24', 2],
    ['2026-02-14', '2026-02-23', 0],
    ['2026-02-01', '2026-02-28', 16],
    ['2026-02-24', '2026-02-13', -2],
  ])('working days in (%s, %s] = %i', (from, to, expected) => {
    expect(workingDaysBetween(CN, from, to)).toBe(expected);
  });
});

describe('China working days around the 2026 Mid-Autumn and National Day breaks (Sun Sep 20 and Sat Oct 10 worked)', () => {
  it.each([
    ['2026-09-18', 1, '2026-09-20'],
    ['2026-09-18', 2, '2026-09-21'],
    ['2026-09-24', 1, '2026-09-28'],
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-09-30', 3, '2026-10-10'],
    ['2026-09-30', 4, '2026-10-12'],
    ['2026-10-03', 0, '2026-10-08'],
    ['2026-10-08', -1, '2026-09-30'],
    ['2026-09-21', -1, '2026-09-20'],
  ])('%s plus %i working days is %s', (day, n, expected) => {
    expect(addWorkingDays(CN, day, n)).toBe(expected);
  });

  it.each([
    ['2026-09-30', '2026-10-12', 4],
    ['2026-09-19', '2026-09-20', 1],
    ['2026-09-24', '2026-09-27', 0],
  ])('working days in (%s, %s] = %i', (from, to, expected) => {
    expect(workingDaysBetween(CN, from, to)).toBe(expected);
  });
});

describe('other jurisdictions', () => {
  it('skips US federal holidays, observed dates included', () => {
    expect(isWorkingDay(WORK_CALENDARS.US, '2026-07-03')).toBe(false);
    expect(addWorkingDays(WORK_CALENDARS.US, '2026-07-02', 1)).toBe('2026-07-06');
    expect(addWorkingDays(WORK_CALENDARS.US, '2026-11-25', 1)).toBe('2026-11-27');
  });

  it('counts weekends only for the EU minimum, in any year', () => {
    expect(isWorkingDay(WORK_CALENDARS.EU, '2026-12-25')).toBe(true);
    expect(addWorkingDays(WORK_CALENDARS.EU, '2031-01-03', 1)).toBe('2031-01-06');
  });
});

describe('refusals', () => {
  it('refuses a year without holiday data instead of guessing', () => {
    expect(() => isWorkingDay(CN, '2027-03-01')).toThrow(RangeError);
    expect(() => isWorkingDay(CN, '2027-03-01')).toThrow(/no working-day data for 2027/);
    expect(() => addWorkingDays(CN, '2026-12-30', 5)).toThrow(RangeError);
    expect(() => workingDaysBetween(CN, '2023-12-01', '2024-01-05')).toThrow(RangeError);
  });

  it('refuses fractional counts and impossible dates', () => {
    expect(() => addWorkingDays(CN, '2026-03-02', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays(CN, '2026-03-02', Number.NaN)).toThrow(RangeError);
    expect(() => isWorkingDay(CN, '2026-02-30')).toThrow(RangeError);
  });

  it('counts only the days after `from`, so a period ending where it starts is empty in either direction', () => {
    expect(workingDaysBetween(CN, '2026-03-02', '2026-03-02')).toBe(0);
    expect(workingDaysBetween(CN, '2026-02-16', '2026-02-15')).toBe(0);
  });
});

/** Arbitrary days that leave room for `maxSteps` working days either way inside the covered years. */
function dayArb(first: string, last: string): fc.Arbitrary<string> {
  return fc.integer({ min: dayNumber(first), max: dayNumber(last) }).map(isoDayFromDayNumber);
}

const MAX_STEPS = 40;
const COVERED: ReadonlyArray<[Jurisdiction, string, string]> = [
  ['CN', '2024-03-15', '2026-10-15'],
  ['US', '2024-03-15', '2027-10-15'],
  ['EU', '1999-01-01', '2040-12-31'],
];

describe.each(COVERED)('working-day arithmetic properties (%s)', (jurisdiction, first, last) => {
  const calendar = WORK_CALENDARS[jurisdiction];
  const days = dayArb(first, last);
  const steps = fc.integer({ min: -MAX_STEPS, max: MAX_STEPS });
  const workingDays = days.map((day) => addWorkingDays(calendar, day, 0));

  it('always lands on a working day', () => {
    fc.assert(fc.property(days, steps, (day, n) => isWorkingDay(calendar, addWorkingDays(calendar, day, n))));
  });

  it('is monotone in n, strictly from n = 1 on', () => {
    fc.assert(
      fc.property(days, fc.nat(MAX_STEPS), fc.nat(MAX_STEPS), (day, a, b) => {
        const [low, high] = [Math.min(a, b), Math.max(a, b)];
        const [lowDay, highDay] = [addWorkingDays(calendar, day, low), addWorkingDays(calendar, day, high)];
        expect(lowDay <= highDay).toBe(true);
        if (low >= 1 && low < high) expect(lowDay < highDay).toBe(true);
      }),
    );
  });

  it('is undone by workingDaysBetween from a working day, forwards and backwards', () => {
    fc.assert(
      fc.property(workingDays, steps, (day, n) => {
        expect(workingDaysBetween(calendar, day, addWorkingDays(calendar, day, n))).toBe(n);
      }),
    );
  });

  it('adds up over consecutive periods', () => {
    fc.assert(
      fc.property(days, days, days, (a, b, c) => {
        const direct = workingDaysBetween(calendar, a, c);
        expect(workingDaysBetween(calendar, a, b) + workingDaysBetween(calendar, b, c)).toBe(direct);
      }),
      { numRuns: 50 },
    );
  });
});

describe('workingDaysBetweenOrWeekdays', () => {
  it('is exact where the calendar has data', () => {
    expect(workingDaysBetweenOrWeekdays(WORK_CALENDARS.CN, '2026-09-30', '2026-10-08')).toEqual({ days: 1, exact: true });
  });

  it('counts Monday to Friday, flagged, into a year without holiday data, instead of failing', () => {
    // 2026-12-28 (Mon) → 2027-01-08 (Fri): 9 weekdays after the start day; 2027's holidays are not in the data yet.
    expect(workingDaysBetweenOrWeekdays(WORK_CALENDARS.CN, '2026-12-28', '2027-01-08')).toEqual({ days: 9, exact: false });
    expect(workingDaysBetweenOrWeekdays(WORK_CALENDARS.CN, '2027-01-08', '2026-12-28')).toEqual({ days: -9, exact: false });
  });
});
