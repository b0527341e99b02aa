import { type IndicatorDefinition, floorTier } from '../indicator.model';
import { largestPlan, openMassLayoffPlans } from './mass-layoff-plans';

/** L1: a mass layoff under way with the legal notice procedure — floor ORANGE while unresolved. */
export const L1_MASS_LAYOFF: IndicatorDefinition = {
  id: 'L1',
  category: 'layoffs',
  title: 'Mass layoff (with the notice procedure)',
  unit: 'workers laid off',
  measure(context) {
    const plans = openMassLayoffPlans(context).filter((plan) => plan.withProcedure);
    if (plans.length === 0) return null;
    const { plan, values } = largestPlan(plans);
    return {
      value: plan.event.data.workersAffected,
      values,
      evidenceEventIds: plans.map((open) => open.event.id).sort(),
      lastEvidenceDay: context.asOf,
      unresolved: true,
    };
  },
  defaults: {
    enabled: true,
    tiers: [floorTier(1, 0, 'ORANGE')],
    params: { settledDays: 30 },
    legalBasis: 'PRC Labor Contract Law Art. 41 (20 or more workers, or 10 % of the workforce: explain to the union or all workers 30 days ahead, report to the labor administration)',
  },
};
