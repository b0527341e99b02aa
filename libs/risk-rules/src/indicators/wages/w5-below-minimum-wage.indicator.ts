import { type IndicatorDefinition, pointsTier } from '../indicator.model';
import { newestDay, wageRuns } from './wage-runs';
import { daysBetween } from '../../calendar-day.util';

/** W5: workers paid below the local minimum wage in a recent pay period. */
export const W5_BELOW_MINIMUM_WAGE: IndicatorDefinition = {
  id: 'W5',
  category: 'wages',
  title: 'Paid below the minimum wage',
  unit: 'workers',
  measure(context) {
    const runs = wageRuns(context).filter(
      (run) => (run.event.data.workersBelowMinimumWage ?? 0) > 0 && daysBetween(run.event.day, context.asOf) <= context.params.lookbackDays,
    );
    if (runs.length === 0) return null;
    const workers = Math.max(...runs.map((run) => run.event.data.workersBelowMinimumWage ?? 0));
    return {
      value: workers,
      values: { workersBelowMinimumWage: workers, monthlyMinimumWageMinor: context.province.monthlyMinimumWageMinor, province: context.province.code },
      evidenceEventIds: runs.map((run) => run.event.id).sort(),
      lastEvidenceDay: newestDay(runs.map((run) => run.event.day)),
      unresolved: false,
    };
  },
  defaults: {
    enabled: true,
    tiers: [pointsTier(1, 20)],
    params: { lookbackDays: 180 },
    legalBasis: 'Minimum Wage Provisions (MOLSS Order No. 21, 2004) Art. 12; PRC Labor Law Art. 48',
  },
};
