import { addDays } from '../../calendar-day.util';
import { type IndicatorDefinition, pointsTier } from '../indicator.model';

/**
 * K2 (forecast): share of the workforce (at least `rateMinHeadcount`) whose contracts expire in the
 * next `horizonDays` days and have not been renewed. Schedules and decisions are matched by expiry
 * date; a decision takes off the workers it renews, while those it does not renew still lose their
 * contract and stay counted. Open while the expiries lie ahead.
 */
export const K2_EXPIRING_CONTRACTS: IndicatorDefinition = {
  id: 'K2',
  category: 'contracts',
  title: 'Contracts expiring soon',
  unit: 'share of workforce',
  measure(context) {
    const { history, asOf } = context;
    const horizonEnd = addDays(asOf, context.params.horizonDays);
    const schedules = history
      .of('concord.hr.contract_expiry_scheduled.v1')
      .filter((schedule) => schedule.day <= asOf && schedule.data.expiresOn > asOf && schedule.data.expiresOn <= horizonEnd);
    if (schedules.length === 0) return null;
    const expiryDays = new Set(schedules.map((schedule) => schedule.data.expiresOn));
    const decisions = history
      .of('concord.hr.contract_renewal_decision.v1')
      .filter((decision) => decision.day <= asOf && expiryDays.has(decision.data.expiresOn));

    let scheduledWorkers = 0;
    let renewedWorkers = 0;
    for (const expiresOn of expiryDays) {
      const scheduled = sum(schedules.filter((schedule) => schedule.data.expiresOn === expiresOn).map((schedule) => schedule.data.workers));
      const renewed = sum(decisions.filter((decision) => decision.data.expiresOn === expiresOn).map((decision) => decision.data.renewed));
      scheduledWorkers += scheduled;
      renewedWorkers += Math.min(renewed, scheduled);
    }
    const expiringWorkers = scheduledWorkers - renewedWorkers;
    if (expiringWorkers === 0) return null;
    const workforce = Math.max(context.headcount, context.rateMinHeadcount);
    const share = expiringWorkers / workforce;
    const evidence = [...schedules, ...decisions];
    return {
      value: share,
      values: {
        expiringWorkers,
        scheduledWorkers,
        renewedWorkers,
        workforce,
        shareExpiring: Math.round(share * 1000) / 1000,
        firstExpiry: [...expiryDays].sort()[0],
      },
      evidenceEventIds: evidence.map((event) => event.id).sort(),
      lastEvidenceDay: evidence.map((event) => event.day).reduce((newest, day) => (day > newest ? day : newest)),
      unresolved: true,
    };
  },
  defaults: {
    enabled: true,
    tiers: [pointsTier(0.1, 5), pointsTier(0.2, 15)],
    params: { horizonDays: 60 },
    legalBasis: 'No statutory threshold; federation practice (default)',
  },
};

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
