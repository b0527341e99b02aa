/**
 * wage_payment events for the wage-family and scoring specs, shaped like real runs of one pay
 * period (libs/contracts/src/hr/wage-payment.v1.ts), so a spec states only what its case is about.
 */
import type { HrEventData, RecordedEvent } from '../src/history/enterprise-history';
import { WAGE_INDICATORS } from '../src/indicators/wages';
import { DEFAULT_RULE_SET } from '../src/rules/default-rule-set';
import type { RuleSet } from '../src/rules/rule-set.model';
import { scoreEnterprise } from '../src/scoring/score-enterprise';
import type { RiskScore } from '../src/scoring/score.model';
import { recorded, scoreInput } from './rules.fixture';

export type WagePaymentData = HrEventData<'concord.hr.wage_payment.v1'>;
export type WagePaymentEvent = RecordedEvent<'concord.hr.wage_payment.v1'>;

/** A month's wage per worker in fen (¥6,000): above TEST_PROVINCE's minimum wage. */
export const MONTHLY_WAGE_MINOR = 600_000;

/**
 * A wage run reported on `day`. Unless given: period 2024-01 due on 2024-02-10, 100 workers all
 * due and none paid yet, amounts following the worker counts at MONTHLY_WAGE_MINOR.
 */
export function wagePayment(day: string, fields: Partial<WagePaymentData> = {}, id?: string): WagePaymentEvent {
  const workers = { headcount: 100, workersDue: 100, workersPaid: 0, ...fields };
  const data: WagePaymentData = {
    period: '2024-01',
    scheduledPayDate: '2024-02-10',
    actualPayDate: null,
    currency: 'CNY',
    amountDueMinor: workers.workersDue * MONTHLY_WAGE_MINOR,
    amountPaidMinor: workers.workersPaid * MONTHLY_WAGE_MINOR,
    ...workers,
  };
  return recorded('concord.hr.wage_payment.v1', day, data, id);
}

/** The run of `fields.period` paid in full on `day` (and reported that day). */
export function paidInFull(day: string, fields: Partial<WagePaymentData> = {}, id?: string): WagePaymentEvent {
  const workersDue = fields.workersDue ?? fields.headcount ?? 100;
  return wagePayment(day, { actualPayDate: day, workersDue, workersPaid: workersDue, ...fields }, id);
}

/** The score of `events` on `asOf` over the wage family alone, unless the overrides say otherwise. */
export function scoreWages(events: readonly RecordedEvent[], asOf: string, overrides: Parameters<typeof scoreInput>[2] = {}): RiskScore {
  return scoreEnterprise(scoreInput(events, asOf, { catalog: WAGE_INDICATORS, ...overrides }));
}

/** The default rule set, copied and edited: rule sets are frozen, drafts are not. */
export function editedRuleSet(edit: (draft: RuleSet) => void): RuleSet {
  const draft = structuredClone<RuleSet>(DEFAULT_RULE_SET);
  edit(draft);
  return draft;
}
