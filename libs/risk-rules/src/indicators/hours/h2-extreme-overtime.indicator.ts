import { type IndicatorDefinition, pointsTier } from '../indicator.model';
import { clearedInPeriod, worstWorkingTimeBreach } from './working-time-reports';

/**
 * H2: some worker did more than `overtimeHoursAbove` hours of overtime in a month reported within
 * `lookbackDays`. Value 1 when so; every such month is as bad, so the latest one is named and
 * decay counts from it. Open while the newest month still reaches it.
 */
export const H2_EXTREME_OVERTIME: IndicatorDefinition = {
  id: 'H2',
  category: 'hours',
  title: 'Extreme overtime',
  unit: '(1 = reached)',
  measure(context) {
    const breach = worstWorkingTimeBreach(context, ({ data }) => (data.maxOvertimeHoursPerWorker > context.params.overtimeHoursAbove ? 1 : null));
    if (!breach) return null;
    const { worst } = breach;
    return {
      value: 1,
      values: { maxOvertimeHoursPerWorker: worst.data.maxOvertimeHoursPerWorker, period: worst.data.period, ...clearedInPeriod(breach) },
      evidenceEventIds: breach.breaching.map((report) => report.id).sort(),
      lastEvidenceDay: worst.day,
      unresolved: breach.open,
    };
  },
  defaults: {
    enabled: true,
    tiers: [pointsTier(1, 15)],
    params: { overtimeHoursAbove: 72, lookbackDays: 180 },
    legalBasis: 'No statutory threshold; federation practice (default)',
  },
};
