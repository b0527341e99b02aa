import { daysBetween } from '../../calendar-day.util';
import { type IndicatorDefinition, floorTier } from '../indicator.model';
import { settledOn, statusChanges } from './status-changes';

/**
 * B2: a relocation, merger or restructuring announced, by the workers it affects. Unresolved from
 * its report until `settledDays` after it takes effect (when contracts are changed or ended);
 * after that its points decay. Open changes come before settled ones; the largest is reported.
 */
export const B2_REORGANISATION: IndicatorDefinition = {
  id: 'B2',
  category: 'business',
  title: 'Relocation, merger or restructuring',
  unit: 'workers affected',
  measure(context) {
    const changes = statusChanges(context.history, ['relocation', 'merger', 'restructuring'])
      .map((event) => ({ event, settledOn: settledOn(event, context.params.settledDays) }))
      .map((change) => ({ ...change, open: context.asOf <= change.settledOn }))
      .filter((change) => change.open || daysBetween(change.settledOn, context.asOf) <= context.params.lookbackDays);
    const open = changes.filter((change) => change.open);
    const candidates = open.length > 0 ? open : changes;
    if (candidates.length === 0) return null;
    const largest = candidates.reduce((a, b) => (b.event.data.workersAffected > a.event.data.workersAffected ? b : a));
    const { data } = largest.event;
    return {
      value: data.workersAffected,
      values: { workersAffected: data.workersAffected, change: data.status, effectiveOn: data.effectiveOn, headcount: data.headcount, openChanges: open.length },
      evidenceEventIds: candidates.map((change) => change.event.id).sort(),
      lastEvidenceDay: largest.open ? context.asOf : largest.settledOn,
      unresolved: largest.open,
    };
  },
  defaults: {
    enabled: true,
    tiers: [floorTier(0, 20, 'YELLOW'), floorTier(20, 20, 'ORANGE')],
    params: { settledDays: 30, lookbackDays: 180 },
    legalBasis: 'No statutory threshold; federation practice (default)',
  },
};
