import { type IndicatorDefinition, floorTier, pointsTier } from '../indicator.model';
import { lateRuns, newestDay, wageRuns } from './wage-runs';

/** W1: wages paid late or still unpaid past the pay date, tiered by days late. */
export const W1_LATE_WAGES: IndicatorDefinition = {
  id: 'W1',
  category: 'wages',
  title: 'Wages late',
  unit: 'days late',
  measure(context) {
    const late = lateRuns(wageRuns(context), context.asOf, context.params.lookbackDays);
    if (late.length === 0) return null;
    const worst = late.reduce((a, b) => (b.daysLate > a.daysLate ? b : a));
    return {
      value: worst.daysLate,
      values: { maxDaysLate: worst.daysLate, latePeriods: late.length, openPeriods: late.filter((r) => r.open).length },
      evidenceEventIds: late.map((run) => run.event.id).sort(),
      lastEvidenceDay: newestDay(late.map((run) => run.lastDay)),
      unresolved: late.some((run) => run.open),
    };
  },
  defaults: {
    enabled: true,
    tiers: [pointsTier(1, 10), pointsTier(8, 25), floorTier(31, 40, 'YELLOW')],
    params: { lookbackDays: 180 },
    legalBasis: 'PRC Labor Law Art. 50; Regulations on Ensuring Payment of Wages to Migrant Workers Arts. 12–14',
  },
};
