import { type Jurisdiction, addDays, addWorkingDays } from '@concord/risk-rules';
import { type CalendarAnswer, askCalendar } from './jurisdiction-calendar';

/**
 * The last day of a period counted in calendar days, Civil Code arts. 201–203: the day it starts
 * is not counted; a period in years ends on the same date (28 February for 29 February); a last
 * day that is a rest day moves to the next working day, which in China can be a make-up Saturday.
 */
export function periodLastDay(
  startDay: string,
  length: { days: number } | { years: number },
  jurisdiction: Jurisdiction,
  rollOverRestDays: boolean,
): CalendarAnswer<string> {
  const last = 'days' in length ? addDays(startDay, length.days) : addYears(startDay, length.years);
  if (!rollOverRestDays) return { value: last, exact: true };
  // addWorkingDays(…, 0) is the day itself when worked, else the next working day.
  return askCalendar(jurisdiction, (calendar) => addWorkingDays(calendar, last, 0));
}

function addYears(isoDay: string, years: number): string {
  const [year, month, day] = isoDay.split('-');
  const target = Number(year) + years;
  const leap = (target % 4 === 0 && target % 100 !== 0) || target % 400 === 0;
  return `${String(target).padStart(4, '0')}-${month}-${month === '02' && day === '29' && !leap ? '28' : day}`;
}
