import { daysBetween } from '../../calendar-day.util';
import type { RecordedEvent } from '../../history/enterprise-history';
import type { MeasureContext } from '../indicator.model';

type WageEvent = RecordedEvent<'concord.hr.wage_payment.v1'>;

/** One pay period's wage run as it stands on the evaluation day (its newest report). */
export interface WageRun {
  period: string;
  event: WageEvent;
  scheduledPayDate: string;
  /** Days past the pay date: until payment for a paid run, until the evaluation day for an open one. */
  daysLate: number;
  /** Owed and past the pay date on the evaluation day. */
  open: boolean;
  workersOwed: number;
  amountOwedMinor: number;
  /** The day the run stopped being late: its pay day if paid in full, else the evaluation day. */
  lastDay: string;
}

/**
 * The wage runs of the history, one per period: a later report of a period (the payment after an
 * "unpaid" report, or a correction) replaces the earlier one. A run is open while wages are owed
 * and its pay date has passed; a run reported before its pay date is not late yet, nor is one paid
 * in full within a union-approved deferral.
 */
export function wageRuns({ history, asOf }: Pick<MeasureContext, 'history' | 'asOf'>): WageRun[] {
  const newest = new Map<string, WageEvent>();
  // The history is in canonical order (day, then id), so the last report of a period wins.
  for (const event of history.of('concord.hr.wage_payment.v1')) newest.set(event.data.period, event);
  return [...newest.values()]
    .map((event) => toRun(event, asOf))
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

function toRun(event: WageEvent, asOf: string): WageRun {
  const { data } = event;
  const paidInFull = data.actualPayDate !== null && data.workersPaid >= data.workersDue && data.amountPaidMinor >= data.amountDueMinor;
  const endOfLateness = paidInFull ? (data.actualPayDate as string) : asOf;
  const daysLate = paidInFull && paidWithinApprovedDeferral(data) ? 0 : Math.max(0, daysBetween(data.scheduledPayDate, endOfLateness));
  return {
    period: data.period,
    event,
    scheduledPayDate: data.scheduledPayDate,
    daysLate,
    open: !paidInFull && daysLate > 0,
    workersOwed: paidInFull ? 0 : data.workersDue - data.workersPaid,
    amountOwedMinor: paidInFull ? 0 : Math.max(0, data.amountDueMinor - data.amountPaidMinor),
    lastDay: endOfLateness,
  };
}

/**
 * Wages deferred with the union's consent and paid by the agreed date are not in arrears
 * (Supplementary Provisions on the Provisional Regulations on Wage Payment, 劳部发〔1995〕226号,
 * Art. 4). Counting them late would also make paying as agreed score higher than still owing
 * under the deferral, which W7 halves.
 */
function paidWithinApprovedDeferral({ deferral, actualPayDate }: WageEvent['data']): boolean {
  return deferral?.approvedByUnion === true && actualPayDate !== null && actualPayDate <= deferral.payBy;
}

/** Runs that are late now, or were paid late within `withinDays` before the evaluation day. */
export function lateRuns(runs: readonly WageRun[], asOf: string, withinDays: number): WageRun[] {
  return runs.filter((run) => run.daysLate > 0 && (run.open || daysBetween(run.lastDay, asOf) <= withinDays));
}

export function newestDay(days: readonly string[]): string {
  return days.reduce((newest, day) => (day > newest ? day : newest));
}
