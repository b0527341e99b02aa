import { type IndicatorDefinition, triggerTier } from '../indicator.model';
import { settledOn, statusChanges } from './status-changes';

/**
 * B4: the owner unreachable or assets removed — the pattern that precedes unpaid wages and
 * collective action. RED trigger from the report until `settledDays` after it takes effect.
 */
export const B4_OWNER_GONE: IndicatorDefinition = {
  id: 'B4',
  category: 'business',
  title: 'Owner unreachable or assets removed',
  unit: 'open reports',
  measure(context) {
    const open = statusChanges(context.history, ['owner_unreachable', 'asset_removal']).filter(
      (event) => context.asOf <= settledOn(event, context.params.settledDays),
    );
    if (open.length === 0) return null;
    return {
      value: open.length,
      values: {
        changes: [...new Set(open.map((event) => event.data.status))].join(', '),
        firstEffectiveOn: open.map((event) => event.data.effectiveOn).sort()[0],
        workersAffected: Math.max(...open.map((event) => event.data.workersAffected)),
      },
      evidenceEventIds: open.map((event) => event.id).sort(),
      lastEvidenceDay: context.asOf,
      unresolved: true,
    };
  },
  defaults: {
    enabled: true,
    tiers: [triggerTier(1, 'RED')],
    params: { settledDays: 30 },
    legalBasis: 'No statutory threshold; federation practice (default)',
  },
};
