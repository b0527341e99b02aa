import { type IndicatorDefinition, floorTier, triggerTier } from '../indicator.model';
import { wageRuns } from '../wages/wage-runs';
import { settledOn, statusChanges } from './status-changes';

/**
 * B3: a closure or bankruptcy — floor ORANGE; with wages owed (any open wage arrears) a RED
 * trigger. Unresolved until `settledDays` after it takes effect, and for as long as wages are
 * owed after that. Value 1 = closing, 2 = closing with wages owed.
 */
export const B3_CLOSURE: IndicatorDefinition = {
  id: 'B3',
  category: 'business',
  title: 'Closure or bankruptcy',
  unit: '(1 = closing, 2 = with wages owed)',
  measure(context) {
    const arrears = wageRuns(context).filter((run) => run.open);
    const closures = statusChanges(context.history, ['closure', 'bankruptcy']).filter(
      (event) => arrears.length > 0 || context.asOf <= settledOn(event, context.params.settledDays),
    );
    if (closures.length === 0) return null;
    const newest = closures[closures.length - 1].data;
    return {
      value: arrears.length > 0 ? 2 : 1,
      values: {
        change: newest.status,
        effectiveOn: newest.effectiveOn,
        workersAffected: newest.workersAffected,
        periodsOwed: arrears.length,
        workersOwed: Math.max(0, ...arrears.map((run) => run.workersOwed)),
      },
      evidenceEventIds: [...closures, ...arrears.map((run) => run.event)].map((event) => event.id).sort(),
      lastEvidenceDay: context.asOf,
      unresolved: true,
    };
  },
  defaults: {
    enabled: true,
    tiers: [floorTier(1, 0, 'ORANGE'), triggerTier(2, 'RED')],
    params: { settledDays: 90 },
    legalBasis: 'No statutory threshold; federation practice (default)',
  },
};
