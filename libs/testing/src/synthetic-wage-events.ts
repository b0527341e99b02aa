import { randomUUID } from 'node:crypto';
import type { WagePaymentV1 } from '@concord/contracts';

const DAY_MS = 86_400_000;

export interface WageRunSpec {
  enterpriseId: string;
  headcount: number;
  workersUnpaid: number;
  /** Days between the scheduled pay date and the event's business time; 0 = paid on time. */
  daysLate: number;
  period?: string;
  id?: string;
}

/** Monthly wage of a synthetic worker (fen), and what an unpaid one is still owed of it. */
const MONTHLY_WAGE_MINOR = 600_000;
const OWED_PER_UNPAID_WORKER_MINOR = 240_000;

/**
 * A wage-payment CloudEvent as an enterprise HR system would post it (tests, demo feed, benchmarks).
 * Unpaid workers got part of their pay and are still owed 40 % of it, so a dozen of them stay below
 * the group criminal threshold (¥30,000, W4) that a whole month owed to ten workers would cross.
 */
export function wagePaymentEvent(spec: WageRunSpec, now = new Date()): WagePaymentV1 {
  const scheduled = new Date(now.getTime() - spec.daysLate * DAY_MS);
  const paidInFull = spec.workersUnpaid === 0;
  return {
    specversion: '1.0',
    id: spec.id ?? randomUUID(),
    source: `enterprise/${spec.enterpriseId}/hr`,
    type: 'concord.hr.wage_payment.v1',
    subject: spec.enterpriseId,
    time: now.toISOString(),
    datacontenttype: 'application/json',
    data: {
      period: spec.period ?? scheduled.toISOString().slice(0, 7),
      scheduledPayDate: scheduled.toISOString().slice(0, 10),
      actualPayDate: paidInFull ? scheduled.toISOString().slice(0, 10) : null,
      headcount: spec.headcount,
      workersDue: spec.headcount,
      workersPaid: spec.headcount - spec.workersUnpaid,
      amountDueMinor: spec.headcount * MONTHLY_WAGE_MINOR,
      amountPaidMinor: spec.headcount * MONTHLY_WAGE_MINOR - spec.workersUnpaid * OWED_PER_UNPAID_WORKER_MINOR,
      currency: 'CNY',
    },
  };
}
