/**
 * fast-check arbitraries of realistic wage histories for property specs: one enterprise of a fixed
 * headcount, up to six monthly pay periods of 2024, each reported unpaid, partly paid or paid in
 * full (early, on time or late), sometimes first reported unpaid and then paid, sometimes corrected,
 * sometimes deferred; every payload satisfies the wage_payment contract.
 */
import fc from 'fast-check';
import { addDays } from '../src/calendar-day.util';
import type { WagePaymentData, WagePaymentEvent } from './wage-payment.fixture';

export interface WageHistory {
  headcount: number;
  events: WagePaymentEvent[];
  /** A business day on or after every event of the history. */
  asOf: string;
}

const MAX_PERIODS = 6;

const runArbitrary = (headcount: number) =>
  fc.record({
    payDay: fc.integer({ min: 1, max: 28 }),
    wageMinor: fc.integer({ min: 200_000, max: 1_200_000 }),
    workersDue: fc.integer({ min: 1, max: headcount }),
    outcome: fc.constantFrom('unpaid', 'partial', 'paid'),
    /** Partial runs: the share of workers paid in full, and of the others' wages paid. */
    paidPermille: fc.integer({ min: 0, max: 999 }),
    partPaidPermille: fc.integer({ min: 0, max: 999 }),
    /** Days from the pay date to the payment (negative: paid early). */
    payDelay: fc.integer({ min: -5, max: 60 }),
    reportLag: fc.integer({ min: 0, max: 5 }),
    /** Days from the pay date to an earlier report of the run still unpaid. */
    unpaidReportOffset: fc.option(fc.integer({ min: -5, max: 20 }), { nil: undefined }),
    workersBelowMinimumWage: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    deferral: fc.option(fc.record({ approvedByUnion: fc.boolean(), daysAfterPayDate: fc.integer({ min: 0, max: 60 }) }), { nil: undefined }),
    corrected: fc.boolean(),
  });

type RunSpec = ReturnType<typeof runArbitrary> extends fc.Arbitrary<infer R> ? R : never;

export const wageHistoryArbitrary: fc.Arbitrary<WageHistory> = fc
  .integer({ min: 1, max: 300 })
  .chain((headcount) =>
    fc.record({
      headcount: fc.constant(headcount),
      months: fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { maxLength: MAX_PERIODS }),
      runs: fc.array(runArbitrary(headcount), { minLength: MAX_PERIODS, maxLength: MAX_PERIODS }),
      asOfLag: fc.integer({ min: 0, max: 120 }),
    }),
  )
  .map(({ headcount, months, runs, asOfLag }) => {
    const events = months.flatMap((month, i) => runEvents(headcount, month, runs[i], `h${i}`));
    const lastDay = events.map((event) => event.day).reduce((a, b) => (b > a ? b : a), '2024-02-01');
    return { headcount, events, asOf: addDays(lastDay, asOfLag) };
  });

/** The reports of one pay period (month 1–9 of 2024), paid on the 1–28th of the next month. */
function runEvents(headcount: number, month: number, run: RunSpec, id: string): WagePaymentEvent[] {
  const scheduledPayDate = `2024-${String(month + 1).padStart(2, '0')}-${String(run.payDay).padStart(2, '0')}`;
  const { workersDue, wageMinor } = run;
  const base: WagePaymentData = {
    period: `2024-${String(month).padStart(2, '0')}`,
    scheduledPayDate,
    actualPayDate: null,
    headcount,
    workersDue,
    workersPaid: 0,
    amountDueMinor: workersDue * wageMinor,
    amountPaidMinor: 0,
    currency: 'CNY',
    ...(run.deferral && { deferral: { approvedByUnion: run.deferral.approvedByUnion, payBy: addDays(scheduledPayDate, run.deferral.daysAfterPayDate) } }),
  };
  const events: WagePaymentEvent[] = [];
  const report = (day: string, data: WagePaymentData, suffix: string) => {
    const event: WagePaymentEvent = { id: `${id}-${suffix}`, type: 'concord.hr.wage_payment.v1', day, data };
    events.push(event);
    return event;
  };

  let final: WagePaymentData;
  let finalDay: string;
  if (run.outcome === 'unpaid') {
    finalDay = addDays(scheduledPayDate, run.unpaidReportOffset ?? 0);
    final = base;
  } else {
    const actualPayDate = addDays(scheduledPayDate, run.payDelay);
    finalDay = addDays(actualPayDate, run.reportLag);
    const earlierDay = run.unpaidReportOffset === undefined ? undefined : addDays(scheduledPayDate, run.unpaidReportOffset);
    if (earlierDay !== undefined && earlierDay < finalDay) report(earlierDay, base, 'unpaid');
    final = run.outcome === 'paid' ? { ...base, actualPayDate, workersPaid: workersDue, amountPaidMinor: workersDue * wageMinor } : partialPayment(base, run, actualPayDate);
  }
  if (run.workersBelowMinimumWage !== undefined) final = { ...final, workersBelowMinimumWage: Math.min(run.workersBelowMinimumWage, headcount) };
  if (run.corrected) {
    // A wrong report (everyone paid) that the final report corrects.
    const wrong = report(finalDay, { ...base, actualPayDate: scheduledPayDate, workersPaid: workersDue, amountPaidMinor: base.amountDueMinor }, 'wrong');
    final = { ...final, supersedes: wrong.id };
  }
  report(finalDay, final, 'final');
  return events;
}

/** Some workers paid in full; the others part of their wage, never all of it. */
function partialPayment(base: WagePaymentData, run: RunSpec, actualPayDate: string): WagePaymentData {
  const workersPaid = Math.floor((base.workersDue * run.paidPermille) / 1000);
  const unpaidWagesMinor = (base.workersDue - workersPaid) * run.wageMinor;
  const amountPaidMinor = workersPaid * run.wageMinor + Math.floor((unpaidWagesMinor * run.partPaidPermille) / 1000);
  return { ...base, actualPayDate, workersPaid, amountPaidMinor };
}
