import { type IndicatorDefinition, floorTier } from '../indicator.model';
import { lateRuns, newestDay, wageRuns } from './wage-runs';

/** W2: consecutive pay periods paid late (or still unpaid), the longest such streak. */
export const W2_REPEATED_LATE_PERIODS: IndicatorDefinition = {
  id: 'W2',
  category: 'wages',
  title: 'Consecutive late pay periods',
  unit: 'consecutive periods',
  measure(context) {
    const late = lateRuns(wageRuns(context), context.asOf, context.params.lookbackDays);
    let streak: typeof late = [];
    let longest: typeof late = [];
    for (const run of late) {
      streak = streak.length > 0 && nextMonth(streak[streak.length - 1].period) === run.period ? [...streak, run] : [run];
      if (streak.length >= longest.length) longest = streak;
    }
    if (longest.length < 2) return null;
    return {
      value: longest.length,
      values: { consecutiveLatePeriods: longest.length, firstPeriod: longest[0].period, lastPeriod: longest[longest.length - 1].period },
      evidenceEventIds: longest.map((run) => run.event.id).sort(),
      lastEvidenceDay: newestDay(longest.map((run) => run.lastDay)),
      unresolved: longest.some((run) => run.open),
    };
  },
  defaults: {
    enabled: true,
    tiers: [floorTier(2, 30, 'ORANGE')],
    params: { lookbackDays: 180 },
    legalBasis: 'PRC Labor Law Art. 50; Regulations on Ensuring Payment of Wages to Migrant Workers Art. 12',
  },
};

function nextMonth(period: string): string {
  const [year, month] = period.split('-').map(Number);
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}
