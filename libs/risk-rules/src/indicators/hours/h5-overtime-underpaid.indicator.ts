import { type IndicatorDefinition, pointsTier } from '../indicator.model';
import { type WorkingTimeReport, clearedInPeriod, worstWorkingTimeBreach } from './working-time-reports';

/**
 * H5: overtime paid at less than the lowest lawful multiple in a month reported within
 * `lookbackDays`. Value 1 when so; every such month is as bad, so the latest one is named and
 * decay counts from it. Open while the newest month is still underpaid. The summary reports no
 * multiple when no overtime was paid; with overtime worked, that is overtime paid at 0 ×.
 */
export const H5_OVERTIME_UNDERPAID: IndicatorDefinition = {
  id: 'H5',
  category: 'hours',
  title: 'Overtime paid below the legal rate',
  unit: '(1 = reached)',
  measure(context) {
    const minimumMultiple = context.legal.overtimePayMinMultiple;
    const breach = worstWorkingTimeBreach(context, (report) => {
      const paidMultiple = paidMultipleOf(report);
      return paidMultiple !== null && paidMultiple < minimumMultiple ? 1 : null;
    });
    if (!breach) return null;
    const { worst } = breach;
    return {
      value: 1,
      values: { overtimePayMultiple: paidMultipleOf(worst) ?? 0, minimumMultiple, period: worst.data.period, ...clearedInPeriod(breach) },
      evidenceEventIds: breach.breaching.map((report) => report.id).sort(),
      lastEvidenceDay: worst.day,
      unresolved: breach.open,
    };
  },
  defaults: {
    enabled: true,
    tiers: [pointsTier(1, 20)],
    params: { lookbackDays: 180 },
    legalBasis: 'PRC Labor Law Art. 44 (overtime paid at no less than 150 %)',
  },
};

/** The multiple overtime was paid at; null when no overtime was worked or paid. */
function paidMultipleOf({ data }: WorkingTimeReport): number | null {
  return data.overtimePayMultiple ?? (data.maxOvertimeHoursPerWorker > 0 ? 0 : null);
}
