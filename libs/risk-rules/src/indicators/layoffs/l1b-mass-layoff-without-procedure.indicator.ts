import { type IndicatorDefinition, triggerTier } from '../indicator.model';
import { largestPlan, openMassLayoffPlans } from './mass-layoff-plans';

/**
 * L1b: a mass layoff without the legal notice procedure — not explained to the union or all
 * workers ahead, or announced less than the legal notice before the first dismissals. RED trigger
 * while unresolved.
 */
export const L1B_MASS_LAYOFF_WITHOUT_PROCEDURE: IndicatorDefinition = {
  id: 'L1b',
  category: 'layoffs',
  title: 'Mass layoff without the notice procedure',
  unit: 'workers laid off',
  measure(context) {
    const plans = openMassLayoffPlans(context).filter((plan) => !plan.withProcedure);
    if (plans.length === 0) return null;
    const { plan, values } = largestPlan(plans);
    return {
      value: plan.event.data.workersAffected,
      values: {
        ...values,
        procedureDeclared: plan.event.data.thirtyDayProcedure ? 'yes' : 'no',
        requiredNoticeDays: context.legal.massLayoffNoticeDays,
      },
      evidenceEventIds: plans.map((open) => open.event.id).sort(),
      lastEvidenceDay: context.asOf,
      unresolved: true,
    };
  },
  defaults: {
    enabled: true,
    tiers: [triggerTier(1, 'RED')],
    params: { settledDays: 30 },
    legalBasis: 'PRC Labor Contract Law Art. 41 (mass layoff needs 30 days’ explanation to the union or all workers); Art. 87 (unlawful dismissal)',
  },
};
