import type { EnterpriseHistory, RecordedEvent, RiskEventType } from './enterprise-history';

/** Where each event type that knows the workforce size reports it. */
const HEADCOUNT_OF: Partial<Record<RiskEventType, (event: RecordedEvent) => number>> = {
  'concord.hr.wage_payment.v1': (e) => (e as RecordedEvent<'concord.hr.wage_payment.v1'>).data.headcount,
  'concord.hr.social_insurance.v1': (e) => (e as RecordedEvent<'concord.hr.social_insurance.v1'>).data.employedHeadcount,
  'concord.hr.working_time.v1': (e) => (e as RecordedEvent<'concord.hr.working_time.v1'>).data.headcount,
  'concord.hr.contract_expiry_scheduled.v1': (e) => (e as RecordedEvent<'concord.hr.contract_expiry_scheduled.v1'>).data.headcount,
  'concord.hr.business_status_change.v1': (e) => (e as RecordedEvent<'concord.hr.business_status_change.v1'>).data.headcount,
  'concord.hr.headcount_change.v1': (e) => (e as RecordedEvent<'concord.hr.headcount_change.v1'>).data.headcountAfter,
};

/**
 * The enterprise's headcount as of the newest event that reports one (ties: the later id), else
 * the directory's registered headcount. Many rules are rates per worker (DOMAIN.md §2).
 */
export function currentHeadcount(history: EnterpriseHistory, registeredHeadcount: number): number {
  for (let i = history.events.length - 1; i >= 0; i--) {
    const read = HEADCOUNT_OF[history.events[i].type];
    if (read) return read(history.events[i]);
  }
  return registeredHeadcount;
}
