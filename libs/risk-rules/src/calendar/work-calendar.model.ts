import type { Jurisdiction } from '../history/enterprise-profile.model';

/**
 * The years a calendar can answer for. Holidays are published year by year, so a calendar built
 * from them knows only the listed years and must refuse the others rather than treat them as
 * holiday-free.
 */
export type CalendarCoverage =
  | { kind: 'listed-years'; years: ReadonlySet<number>; missingYearHint: string }
  | { kind: 'every-year' };

/** Which days are working days in one jurisdiction: Monday to Friday, less days off, plus make-up workdays. */
export interface WorkCalendar {
  jurisdiction: Jurisdiction;
  name: string;
  coverage: CalendarCoverage;
  /** 'YYYY-MM-DD' days not worked; the weekend days inside a break are listed too and change nothing. */
  daysOff: ReadonlySet<string>;
  /** 'YYYY-MM-DD' weekend days that are working days (China's 调休). */
  makeUpWorkdays: ReadonlySet<string>;
}
