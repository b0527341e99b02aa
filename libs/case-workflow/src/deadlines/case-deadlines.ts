import { BUSINESS_TIME_ZONES, type Jurisdiction, addDays, addWorkingDays, endOfLocalDay, localDayOf, startOfLocalDay } from '@concord/risk-rules';
import { periodLastDay } from './calendar-period';
import { DEFAULT_DEADLINE_OPTIONS, type DeadlineOptions } from './deadline-options.model';
import { askCalendar } from './jurisdiction-calendar';

/**
 * An instant something is due. Every period ends at 24:00 local time of its last day (Civil
 * Code art. 203), not at the clock time it started: a mediator assigned at 17:55 has the whole
 * of their third working day, and a deadline never falls in the middle of someone's night.
 */
export interface Deadline {
  at: Date;
  /** false when the count reached a year without published holidays (weekdays stood in) */
  exact: boolean;
}

/** Acceptance: the end of the n-th working day after assignment, in the jurisdiction's calendar with its make-up workdays. */
export function acceptanceDue(assignedAt: Date, jurisdiction: Jurisdiction, options: DeadlineOptions = DEFAULT_DEADLINE_OPTIONS): Deadline {
  const timeZone = BUSINESS_TIME_ZONES[jurisdiction];
  const day = localDayOf(assignedAt, timeZone);
  const due = askCalendar(jurisdiction, (calendar) => addWorkingDays(calendar, day, options.acceptanceWorkingDays));
  return { at: endOfLocalDay(due.value, timeZone), exact: due.exact };
}

/**
 * Mediation: LDMAL art. 14 counts "15 days from the day the mediation organisation received the
 * application" — calendar days, not working days (where the law means working days it says so,
 * as for the 3-day acceptance). Extensions agreed by both parties add to it.
 */
export function mediationDue(
  receivedAt: Date,
  extensionDays: number,
  jurisdiction: Jurisdiction,
  options: DeadlineOptions = DEFAULT_DEADLINE_OPTIONS,
): Deadline {
  const timeZone = BUSINESS_TIME_ZONES[jurisdiction];
  const last = periodLastDay(localDayOf(receivedAt, timeZone), { days: options.mediationDays + extensionDays }, jurisdiction, options.rollOverRestDays);
  return { at: endOfLocalDay(last.value, timeZone), exact: last.exact };
}

/**
 * The centre head's warning: at the start (00:00 local) of day 10 of the mediation period, day 1
 * being the day after receipt, so they have day 10 and the five after it to act. Calendar days,
 * like the period it warns about; the notifier's quiet hours decide when a person is told.
 */
export function centreHeadWarningAt(receivedAt: Date, jurisdiction: Jurisdiction, options: DeadlineOptions = DEFAULT_DEADLINE_OPTIONS): Deadline {
  const timeZone = BUSINESS_TIME_ZONES[jurisdiction];
  return { at: startOfLocalDay(addDays(localDayOf(receivedAt, timeZone), options.centreHeadWarningDay), timeZone), exact: true };
}

/**
 * The end of the one-year limitation for applying for arbitration (LDMAL art. 27), counted from
 * the day the worker knew or should have known of the infringement. Interruptions (art. 27
 * para. 2: a claim, a request for help, the employer agreeing to pay) restart it; they are not
 * modelled, so this is the earliest the limitation can end and the watchdog errs early.
 */
export function limitationExpiry(limitationFrom: Date, jurisdiction: Jurisdiction, options: DeadlineOptions = DEFAULT_DEADLINE_OPTIONS): Deadline {
  const timeZone = BUSINESS_TIME_ZONES[jurisdiction];
  const last = limitationLastDay(limitationFrom, jurisdiction, options);
  return { at: endOfLocalDay(last.value, timeZone), exact: last.exact };
}

/** The watchdog's warning: N calendar days before the limitation ends, at the same local time (24:00). */
export function limitationWarningAt(limitationFrom: Date, jurisdiction: Jurisdiction, options: DeadlineOptions = DEFAULT_DEADLINE_OPTIONS): Deadline {
  const timeZone = BUSINESS_TIME_ZONES[jurisdiction];
  const last = limitationLastDay(limitationFrom, jurisdiction, options);
  return { at: endOfLocalDay(addDays(last.value, -options.limitationWarningDays), timeZone), exact: last.exact };
}

function limitationLastDay(limitationFrom: Date, jurisdiction: Jurisdiction, options: DeadlineOptions) {
  const startDay = localDayOf(limitationFrom, BUSINESS_TIME_ZONES[jurisdiction]);
  return periodLastDay(startDay, { years: options.limitationYears }, jurisdiction, options.rollOverRestDays);
}
