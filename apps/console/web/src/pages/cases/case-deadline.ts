import { BUSINESS_TIME_ZONES, type CaseState, type CaseTimerKind, dueTimers, localDayOf } from '@concord/case-workflow';
import { WORK_CALENDARS, workingDaysBetween } from '@concord/risk-rules';
import type { StoredCaseState } from '../../api/cases';

/** The timers a mediator works against; the centre head's warning is for the centre head, not on the board. */
const MEDIATOR_DEADLINES: readonly CaseTimerKind[] = ['acceptance_overdue', 'mediation_overdue', 'performance_check', 'limitation_warning'];

export interface CaseCountdown {
  kind: CaseTimerKind;
  /** the instant it falls due (24:00 local time of the last day) */
  at: Date;
  /** the last day, 'YYYY-MM-DD' in the jurisdiction's time zone */
  dueDay: string;
  /** working days after today up to and including the due day; negative once overdue */
  workingDaysLeft: number;
  calendarDaysLeft: number;
  overdue: boolean;
  /** false when the count ran into a year whose holidays are not published (weekdays stood in) */
  exact: boolean;
}

/** The stored state with its instants back as Dates, as @concord/case-workflow takes it. */
export function caseStateOf(stored: StoredCaseState): CaseState {
  const date = (value: string | null) => (value === null ? null : new Date(value));
  return {
    ...stored,
    stage: stored.stage as CaseState['stage'],
    level: stored.level as CaseState['level'],
    tier: stored.tier as CaseState['tier'],
    receivedAt: new Date(stored.receivedAt),
    assignedAt: date(stored.assignedAt),
    firstMeetingAt: date(stored.firstMeetingAt),
    performBy: date(stored.performBy),
    limitationFrom: date(stored.limitationFrom),
    failure: stored.failure && { reason: stored.failure.reason as NonNullable<CaseState['failure']>['reason'], at: new Date(stored.failure.at) },
  };
}

/**
 * The case's next deadline, counted in the jurisdiction's working days (China's holidays and
 * make-up workdays included) by the same library the case-service schedules its timers with.
 * Uses the library's default periods (3 working days to accept, 15 days of mediation); a
 * deployment that configures other lengths shows them on the case-service's own timers.
 */
export function nextDeadline(stored: StoredCaseState, now: Date): CaseCountdown | null {
  const state = caseStateOf(stored);
  const timer = dueTimers(state).find((candidate) => MEDIATOR_DEADLINES.includes(candidate.kind));
  if (!timer) return null;
  const timeZone = BUSINESS_TIME_ZONES[state.jurisdiction];
  // A period ends at 24:00 of its last day, which is 00:00 of the next: the last day is the one before.
  const dueDay = localDayOf(new Date(timer.at.getTime() - 1), timeZone);
  const today = localDayOf(now, timeZone);
  const calendarDaysLeft = Math.round((Date.parse(`${dueDay}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  const counted = countWorkingDays(state.jurisdiction, today, dueDay, calendarDaysLeft);
  return {
    kind: timer.kind,
    at: timer.at,
    dueDay,
    workingDaysLeft: counted.days,
    calendarDaysLeft,
    overdue: now.getTime() >= timer.at.getTime(),
    exact: timer.exact && counted.exact,
  };
}

function countWorkingDays(jurisdiction: CaseState['jurisdiction'], today: string, dueDay: string, calendarDays: number): { days: number; exact: boolean } {
  try {
    return { days: workingDaysBetween(WORK_CALENDARS[jurisdiction], today, dueDay), exact: true };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // No holidays published for that year yet: Monday to Friday stand in, flagged as approximate.
    let days = 0;
    const step = Math.sign(calendarDays);
    for (let offset = step; Math.abs(offset) <= Math.abs(calendarDays) && step !== 0; offset += step) {
      const weekday = new Date(Date.parse(`${today}T00:00:00Z`) + (step > 0 ? offset : offset + 1) * 86_400_000).getUTCDay();
      if (weekday !== 0 && weekday !== 6) days += step;
    }
    return { days, exact: false };
  }
}
