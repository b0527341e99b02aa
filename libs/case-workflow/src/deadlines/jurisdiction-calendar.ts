import { type Jurisdiction, WORK_CALENDARS, type WorkCalendar } from '@concord/risk-rules';

/** An answer from the working-day calendar, and whether it rests on published holidays only. */
export interface CalendarAnswer<T> {
  value: T;
  /** false when the count reached a year without published holidays and took Monday to Friday there */
  exact: boolean;
}

const OPEN_ENDED = new Map<Jurisdiction, WorkCalendar>();

/**
 * Asks the jurisdiction's calendar; when the question reaches a year whose holidays are not
 * published yet (China's come in November for the next year), asks again with weekdays standing
 * in for that year. A limitation a year ahead must still get a date, flagged inexact; a deadline
 * that ignores unknown holidays errs early, which warns sooner rather than too late.
 */
export function askCalendar<T>(jurisdiction: Jurisdiction, question: (calendar: WorkCalendar) => T): CalendarAnswer<T> {
  try {
    return { value: question(WORK_CALENDARS[jurisdiction]), exact: true };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { value: question(openEnded(jurisdiction)), exact: false };
  }
}

/** The published holidays and make-up workdays, with every other year taken as Monday to Friday. */
function openEnded(jurisdiction: Jurisdiction): WorkCalendar {
  let calendar = OPEN_ENDED.get(jurisdiction);
  if (!calendar) {
    calendar = { ...WORK_CALENDARS[jurisdiction], coverage: { kind: 'every-year' } };
    OPEN_ENDED.set(jurisdiction, calendar);
  }
  return calendar;
}
