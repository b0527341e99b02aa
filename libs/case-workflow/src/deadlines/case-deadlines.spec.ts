import fc from 'fast-check';
import { WORK_CALENDARS, addDays, isWorkingDay, localDayOf, workingDaysBetween } from '@concord/risk-rules';
import { acceptanceDue, centreHeadWarningAt, limitationExpiry, limitationWarningAt, mediationDue } from './case-deadlines';
import { DEFAULT_DEADLINE_OPTIONS } from './deadline-options.model';

const CN = WORK_CALENDARS.CN;
/** 10:00 in Shanghai on the given day. */
const shanghai10 = (day: string) => new Date(`${day}T02:00:00Z`);
const iso = (deadline: { at: Date }) => deadline.at.toISOString();

// The 2025 National Day and Mid-Autumn break: 1–8 October off; Sunday 28 September and
// Saturday 11 October are make-up workdays (国办发明电〔2024〕12号).
describe('case deadlines around the 2025 National Day holiday (Asia/Shanghai)', () => {
  describe('acceptance: 3 working days after assignment, to 24:00', () => {
    it('counts the make-up Sunday before the break', () => {
      // Fri 26 Sep → Sun 28 (make-up), Mon 29, Tue 30.
      expect(acceptanceDue(shanghai10('2025-09-26'), 'CN')).toEqual({ at: new Date('2025-09-30T16:00:00Z'), exact: true });
    });

    it('skips the break and counts the make-up Saturday after it', () => {
      // Tue 30 Sep → Thu 9 Oct, Fri 10, Sat 11 (make-up).
      expect(iso(acceptanceDue(shanghai10('2025-09-30'), 'CN'))).toBe('2025-10-11T16:00:00.000Z');
    });

    it('starts from the local day, not the UTC one', () => {
      // 01:30 on Friday in Shanghai is still Thursday in UTC.
      expect(iso(acceptanceDue(new Date('2025-09-25T17:30:00Z'), 'CN'))).toBe('2025-09-30T16:00:00.000Z');
      // 23:30 on Thursday in Shanghai: Fri 26, Sun 28, Mon 29.
      expect(iso(acceptanceDue(new Date('2025-09-25T15:30:00Z'), 'CN'))).toBe('2025-09-29T16:00:00.000Z');
    });
  });

  describe('mediation: 15 calendar days from receipt (LDMAL art. 14)', () => {
    it('moves a last day inside the break to the first working day after it', () => {
      // Sat 20 Sep + 15 = Sun 5 Oct, a holiday → Thu 9 Oct.
      expect(iso(mediationDue(shanghai10('2025-09-20'), 0, 'CN'))).toBe('2025-10-09T16:00:00.000Z');
      expect(iso(mediationDue(shanghai10('2025-09-20'), 0, 'CN', { ...DEFAULT_DEADLINE_OPTIONS, rollOverRestDays: false }))).toBe('2025-10-05T16:00:00.000Z');
    });

    it('keeps a last day on a make-up Saturday: it is a working day', () => {
      expect(iso(mediationDue(shanghai10('2025-09-26'), 0, 'CN'))).toBe('2025-10-11T16:00:00.000Z');
    });

    it('adds agreed extensions to the period', () => {
      // 26 Sep + 30 = Sun 26 Oct → Mon 27 Oct.
      expect(iso(mediationDue(shanghai10('2025-09-26'), 15, 'CN'))).toBe('2025-10-27T16:00:00.000Z');
    });

    it('warns the centre head at the start of day 10', () => {
      expect(centreHeadWarningAt(shanghai10('2025-09-20'), 'CN')).toEqual({ at: new Date('2025-09-29T16:00:00Z'), exact: true });
    });

    it('takes short periods from the options', () => {
      const short = { ...DEFAULT_DEADLINE_OPTIONS, acceptanceWorkingDays: 1, mediationDays: 2, centreHeadWarningDay: 1, rollOverRestDays: false };
      expect(iso(acceptanceDue(shanghai10('2025-09-30'), 'CN', short))).toBe('2025-10-09T16:00:00.000Z');
      expect(iso(mediationDue(shanghai10('2025-09-30'), 0, 'CN', short))).toBe('2025-10-02T16:00:00.000Z');
      expect(iso(centreHeadWarningAt(shanghai10('2025-09-30'), 'CN', short))).toBe('2025-09-30T16:00:00.000Z');
    });
  });

  describe('limitation: one year from when the worker knew (LDMAL art. 27)', () => {
    it('ends on the same date a year later, at 24:00, warning 30 days before', () => {
      expect(limitationExpiry(shanghai10('2025-03-10'), 'CN')).toEqual({ at: new Date('2026-03-10T16:00:00Z'), exact: true });
      expect(iso(limitationWarningAt(shanghai10('2025-03-10'), 'CN'))).toBe('2026-02-08T16:00:00.000Z');
    });

    it('moves a last day on a holiday to the next working day', () => {
      expect(iso(limitationExpiry(shanghai10('2024-10-01'), 'CN'))).toBe('2025-10-09T16:00:00.000Z');
      expect(iso(limitationWarningAt(shanghai10('2024-10-01'), 'CN'))).toBe('2025-09-09T16:00:00.000Z');
    });

    it('ends a year from 29 February on 28 February', () => {
      expect(iso(limitationExpiry(shanghai10('2024-02-29'), 'CN'))).toBe('2025-02-28T16:00:00.000Z');
    });

    it('still gives a date reaching a year without published holidays, flagged inexact', () => {
      expect(limitationExpiry(shanghai10('2026-06-01'), 'CN')).toEqual({ at: new Date('2027-06-01T16:00:00Z'), exact: false });
      expect(limitationWarningAt(shanghai10('2026-06-01'), 'CN').exact).toBe(false);
    });
  });

  it('uses New York days and daylight saving for the US', () => {
    // Fri 7 Mar 2025 → Mon 10, Tue 11, Wed 12; clocks went forward on Sunday 9 March.
    expect(iso(acceptanceDue(new Date('2025-03-07T15:00:00Z'), 'US'))).toBe('2025-03-13T04:00:00.000Z');
  });

  describe('invariants', () => {
    // Instants whose periods stay inside the years with published holidays (2024–2026).
    const instant = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2026-11-01T00:00:00Z'), noInvalidDate: true });
    const lastDayOf = (at: Date) => localDayOf(new Date(at.getTime() - 1), 'Asia/Shanghai');

    it('acceptance ends at 24:00 of the third working day after the local day of assignment', () => {
      fc.assert(
        fc.property(instant, (assignedAt) => {
          const due = acceptanceDue(assignedAt, 'CN');
          const day = localDayOf(assignedAt, 'Asia/Shanghai');
          expect(due.exact).toBe(true);
          expect(localDayOf(due.at, 'Asia/Shanghai')).toBe(addDays(lastDayOf(due.at), 1));
          expect(isWorkingDay(CN, lastDayOf(due.at))).toBe(true);
          expect(workingDaysBetween(CN, day, lastDayOf(due.at))).toBe(3);
        }),
        { numRuns: 500 },
      );
    });

    it('mediation ends on the first working day on or after day 15, at 24:00', () => {
      fc.assert(
        fc.property(instant, fc.integer({ min: 0, max: 30 }), (receivedAt, extension) => {
          const due = mediationDue(receivedAt, extension, 'CN');
          const fifteenth = addDays(localDayOf(receivedAt, 'Asia/Shanghai'), 15 + extension);
          const last = lastDayOf(due.at);
          expect(isWorkingDay(CN, last)).toBe(true);
          expect(last >= fifteenth).toBe(true);
          for (let day = fifteenth; day < last; day = addDays(day, 1)) expect(isWorkingDay(CN, day)).toBe(false);
        }),
        { numRuns: 500 },
      );
    });
  });
});
