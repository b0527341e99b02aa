import { type IndicatorDefinition, pointsTier } from '../indicator.model';
import { clearedInPeriod, worstWorkingTimeBreach } from './working-time-reports';

/** The monthly summary counts workers over this much overtime (the field `workersOver36hOvertime`). */
const REPORTED_OVERTIME_HOURS = 36;

/**
 * H1: share of the workforce over the legal monthly overtime limit, in the worst of the months
 * reported within `lookbackDays`. Open while the newest month still has workers over the limit;
 * once it has none, the worst month still counts, decaying from its report. The summary counts
 * workers over 36 h, which is a count over the limit only where the limit is 36 h or less; other
 * jurisdictions (no monthly cap, or a higher one) are not measured.
 */
export const H1_OVERTIME_OVER_LIMIT: IndicatorDefinition = {
  id: 'H1',
  category: 'hours',
  title: 'Workers over the monthly overtime limit',
  unit: 'share of workforce',
  measure(context) {
    const limitHours = context.legal.overtimeMonthlyLimitHours;
    if (limitHours === null || limitHours > REPORTED_OVERTIME_HOURS) return null;
    const workforce = Math.max(context.headcount, context.rateMinHeadcount);
    const breach = worstWorkingTimeBreach(context, ({ data }) => (data.workersOver36hOvertime > 0 ? data.workersOver36hOvertime / workforce : null));
    if (!breach) return null;
    const { worst, severity: share } = breach;
    return {
      value: share,
      values: {
        workersOverLimit: worst.data.workersOver36hOvertime,
        workforce,
        shareOverLimit: Math.round(share * 1000) / 1000,
        limitHours,
        period: worst.data.period,
        ...clearedInPeriod(breach),
      },
      evidenceEventIds: breach.breaching.map((report) => report.id).sort(),
      lastEvidenceDay: worst.day,
      unresolved: breach.open,
    };
  },
  defaults: {
    enabled: true,
    tiers: [pointsTier(0.05, 10), pointsTier(0.2, 20), pointsTier(0.5, 35)],
    params: { lookbackDays: 180 },
    legalBasis: 'PRC Labor Law Art. 41 (overtime at most 36 hours a month)',
  },
};
