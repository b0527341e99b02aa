import { localMinutesOf } from '@concord/risk-rules';

/** A daily period ('HH:MM' local time in `timeZone`, IANA name) in which a person is not interrupted; may span midnight. */
export interface QuietHours {
  start: string;
  end: string;
  timeZone: string;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTES_PER_DAY = 1_440;

export function isValidClockTime(value: string): boolean {
  return HH_MM.test(value);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * When the quiet period that `now` falls in ends, or null when `now` is not in one. Works in
 * whole minutes of the person's wall clock; a start equal to the end means no quiet hours.
 */
export function quietUntil(now: Date, quietHours: QuietHours | null): Date | null {
  if (!quietHours || quietHours.start === quietHours.end) return null;
  const [start, end] = [minutesOf(quietHours.start), minutesOf(quietHours.end)];
  const local = localMinutesOf(now, quietHours.timeZone);
  const quiet = start < end ? local >= start && local < end : local >= start || local < end;
  if (!quiet) return null;
  const minutesLeft = (end - local + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const startOfMinute = now.getTime() - (now.getTime() % 60_000);
  return new Date(startOfMinute + minutesLeft * 60_000);
}

function minutesOf(clock: string): number {
  const match = HH_MM.exec(clock);
  if (!match) throw new RangeError(`Not a clock time (HH:MM): ${clock}`);
  return Number(match[1]) * 60 + Number(match[2]);
}
