import type { BUSINESS_STATUSES } from '@concord/contracts';
import { addDays } from '../../calendar-day.util';
import type { EnterpriseHistory, RecordedEvent } from '../../history/enterprise-history';

export type BusinessStatus = (typeof BUSINESS_STATUSES)[number];
export type StatusChangeEvent = RecordedEvent<'concord.hr.business_status_change.v1'>;

/** The reported changes of the given statuses, oldest first. */
export function statusChanges(history: EnterpriseHistory, statuses: readonly BusinessStatus[]): StatusChangeEvent[] {
  return history.of('concord.hr.business_status_change.v1').filter((event) => statuses.includes(event.data.status));
}

/**
 * The last day a one-off change (relocation, closure, owner gone …) counts as unresolved:
 * `settledDays` after it takes effect. It has no reported end, so without this its floor or
 * trigger would hold for ever; a new report of the change starts the count again.
 */
export function settledOn(change: StatusChangeEvent, settledDays: number): string {
  return addDays(change.data.effectiveOn, settledDays);
}
