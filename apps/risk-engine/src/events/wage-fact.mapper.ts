import type { WagePaymentV1 } from '@concord/contracts';
import type { WagePaymentFact } from '@concord/risk-rules';
import type { WageFact } from './wage-fact.entity';

/** The row stored for a wage payment event. */
export function toWageFactRow(event: WagePaymentV1): WageFact {
  const { data } = event;
  return {
    eventId: event.id,
    enterpriseId: event.subject,
    period: data.period,
    scheduledPayDate: data.scheduledPayDate,
    actualPayDate: data.actualPayDate,
    headcount: data.headcount,
    workersDue: data.workersDue,
    workersPaid: data.workersPaid,
    amountDueMinor: String(data.amountDueMinor),
    amountPaidMinor: String(data.amountPaidMinor),
    supersedes: data.supersedes ?? null,
  };
}

/** A stored row as the fact the wage features are derived from. */
export function toWagePaymentFact(row: WageFact): WagePaymentFact {
  return {
    eventId: row.eventId,
    period: row.period,
    scheduledPayDate: row.scheduledPayDate,
    actualPayDate: row.actualPayDate,
    headcount: row.headcount,
    workersDue: row.workersDue,
    workersPaid: row.workersPaid,
    // The contract bounds amounts to safe integers, so the bigint text converts exactly.
    amountDueMinor: Number(row.amountDueMinor),
    amountPaidMinor: Number(row.amountPaidMinor),
    ...(row.supersedes ? { supersedes: row.supersedes } : {}),
  };
}
