import { daysBetween, isoDayOf } from './calendar-day.util';
import type { WageFeatures, WagePaymentFact } from './wage-payment.model';

/**
 * Folds wage payment facts into the features the wage rules read.
 *
 * Order-independent by construction: facts are put in one canonical order before anything
 * looks at them, so replays and out-of-order delivery give the same features.
 */
export function deriveWageFeatures(facts: readonly WagePaymentFact[], asOf: Date): WageFeatures {
  const asOfDay = isoDayOf(asOf);
  const current = withoutSuperseded(canonicalOrder(facts));
  const resolvedPeriods = new Set(current.filter(resolves).map((fact) => fact.period));
  // A period is only in arrears once its pay date has passed; a run reported early is not owed yet.
  const open = current.filter(
    (fact) => !resolvedPeriods.has(fact.period) && daysBetween(fact.scheduledPayDate, asOfDay) > 0,
  );

  return {
    asOf: asOfDay,
    headcount: latestByScheduledPayDate(current)?.headcount ?? 0,
    maxDaysLate: Math.max(0, ...open.map((fact) => daysLate(fact, asOfDay))),
    workersOwed: Math.max(0, ...open.map((fact) => fact.workersDue - fact.workersPaid)),
    openArrearsPeriods: [...new Set(open.map((fact) => fact.period))].sort(),
    evidenceEventIds: [...new Set(open.map((fact) => fact.eventId))].sort(),
  };
}

function resolves(fact: WagePaymentFact): boolean {
  return fact.actualPayDate !== null && fact.workersPaid >= fact.workersDue;
}

function daysLate(fact: WagePaymentFact, asOfDay: string): number {
  return Math.max(0, daysBetween(fact.scheduledPayDate, fact.actualPayDate ?? asOfDay));
}

function withoutSuperseded(facts: readonly WagePaymentFact[]): WagePaymentFact[] {
  const superseded = new Set(facts.flatMap((fact) => (fact.supersedes ? [fact.supersedes] : [])));
  return facts.filter((fact) => !superseded.has(fact.eventId));
}

/** Facts arrive with at-least-once delivery; identical redeliveries collapse to one. */
function canonicalOrder(facts: readonly WagePaymentFact[]): WagePaymentFact[] {
  const keyed = facts.map((fact) => ({ fact, key: canonicalKey(fact) }));
  keyed.sort((a, b) => compare(a.fact.eventId, b.fact.eventId) || compare(a.key, b.key));
  return keyed.filter((entry, i) => i === 0 || entry.key !== keyed[i - 1].key).map((entry) => entry.fact);
}

function canonicalKey(fact: WagePaymentFact): string {
  return JSON.stringify([
    fact.eventId,
    fact.period,
    fact.scheduledPayDate,
    fact.actualPayDate,
    fact.headcount,
    fact.workersDue,
    fact.workersPaid,
    fact.amountDueMinor,
    fact.amountPaidMinor,
    fact.supersedes ?? null,
  ]);
}

function latestByScheduledPayDate(facts: readonly WagePaymentFact[]): WagePaymentFact | undefined {
  return facts.reduce<WagePaymentFact | undefined>(
    (latest, fact) => (!latest || fact.scheduledPayDate >= latest.scheduledPayDate ? fact : latest),
    undefined,
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
