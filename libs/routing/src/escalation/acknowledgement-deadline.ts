import { BUSINESS_TIME_ZONES, type Jurisdiction, WORK_CALENDARS, addWorkingDays, daysBetween, localDayOf } from '@concord/risk-rules';
import type { AlertLevel } from '../delivery/channels';

/** DOMAIN.md §5: how long a level may wait for someone to acknowledge it. */
export const ACKNOWLEDGE_WITHIN: Readonly<Record<AlertLevel, { workingDays: number } | { hours: number }>> = Object.freeze({
  BLUE: { workingDays: 3 },
  YELLOW: { hours: 24 },
  ORANGE: { hours: 4 },
  RED: { hours: 1 },
});

/**
 * When a notice told at `notifiedAt` must have been acknowledged. Working days count in the
 * jurisdiction's calendar (holidays and make-up workdays) from the local day of the notice, at
 * the same clock time; a year the calendar has no holidays for yet counts Monday to Friday, so a
 * late-December alert still gets a deadline. `overrideMs` (tests, drills) replaces every level's.
 */
export function acknowledgementDeadline(level: AlertLevel, notifiedAt: Date, jurisdiction: Jurisdiction, overrideMs?: number): Date {
  if (overrideMs !== undefined) return new Date(notifiedAt.getTime() + overrideMs);
  const within = ACKNOWLEDGE_WITHIN[level];
  if ('hours' in within) return new Date(notifiedAt.getTime() + within.hours * 3_600_000);
  const localDay = localDayOf(notifiedAt, BUSINESS_TIME_ZONES[jurisdiction]);
  const dueDay = workingDaysLater(jurisdiction, localDay, within.workingDays);
  return new Date(notifiedAt.getTime() + daysBetween(localDay, dueDay) * 86_400_000);
}

function workingDaysLater(jurisdiction: Jurisdiction, day: string, workingDays: number): string {
  try {
    return addWorkingDays(WORK_CALENDARS[jurisdiction], day, workingDays);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return addWorkingDays(WORK_CALENDARS.EU, day, workingDays);
  }
}
