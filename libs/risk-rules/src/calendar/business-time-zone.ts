import type { Jurisdiction } from '../history/enterprise-profile.model';

/**
 * Where a jurisdiction's days begin and end, for alert acknowledgement and case deadlines alike;
 * a deployment spanning zones (the US) uses its seat's.
 */
export const BUSINESS_TIME_ZONES: Readonly<Record<Jurisdiction, string>> = Object.freeze({
  CN: 'Asia/Shanghai',
  US: 'America/New_York',
  EU: 'Europe/Brussels',
});

/** Building an Intl formatter costs far more than using one: one per zone, kept. */
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let known = FORMATTERS.get(timeZone);
  if (!known) {
    known = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    FORMATTERS.set(timeZone, known);
  }
  return known;
}

/** The local wall-clock reading of an instant, as if it were UTC, in ms. */
function wallClockMs(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(new Date(instant)).map((p) => [p.type, Number(p.value)]));
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/** Minutes since local midnight (0–1439) of an instant's wall clock in `timeZone`. */
export function localMinutesOf(instant: Date, timeZone: string): number {
  const wallClock = new Date(wallClockMs(instant.getTime(), timeZone));
  return wallClock.getUTCHours() * 60 + wallClock.getUTCMinutes();
}

/** 'YYYY-MM-DD' of the local calendar day an instant falls on; RangeError for an invalid Date. */
export function localDayOf(instant: Date, timeZone: string): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date');
  return new Date(wallClockMs(instant.getTime(), timeZone)).toISOString().slice(0, 10);
}

/**
 * The instant a local calendar day begins (00:00 there). The zone's offset is read at a first
 * guess and again at the result, which settles it on either side of a daylight-saving change.
 */
export function startOfLocalDay(isoDay: string, timeZone: string): Date {
  const midnightAsUtc = Date.parse(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(midnightAsUtc)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${isoDay}`);
  const firstGuess = midnightAsUtc - (wallClockMs(midnightAsUtc, timeZone) - midnightAsUtc);
  return new Date(midnightAsUtc - (wallClockMs(firstGuess, timeZone) - firstGuess));
}

/** The instant a local calendar day ends: 24:00 there, i.e. the start of the next day. */
export function endOfLocalDay(isoDay: string, timeZone: string): Date {
  const next = new Date(Date.parse(`${isoDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return startOfLocalDay(next, timeZone);
}
