import { daysBetween } from '../../calendar-day.util';
import { type IndicatorDefinition, pointsTier } from '../indicator.model';
import { type InsuranceReport, currentMonthlyReports, insuranceReports, previousMonth } from './insurance-reports';

/**
 * S2: the insured headcount fell from one month to the next by at least `minDropWorkers`, or by at
 * least `minDropShare` of the previous month's insured workers (at least `rateMinHeadcount` of
 * them, so a small firm losing one insured worker is not a 10 % drop). Value 1 when either holds:
 * the newest such drop reported within `lookbackDays`, decaying from its report.
 */
export const S2_INSURED_HEADCOUNT_DROP: IndicatorDefinition = {
  id: 'S2',
  category: 'social_insurance',
  title: 'Insured headcount dropped',
  unit: '(1 = reached)',
  measure(context) {
    const { minDropWorkers, minDropShare, lookbackDays } = context.params;
    const reports = currentMonthlyReports(insuranceReports(context));
    const byPeriod = new Map(reports.map((report) => [report.data.period, report]));
    const drops = reports
      .filter((after) => daysBetween(after.day, context.asOf) <= lookbackDays)
      .flatMap((after) => {
        const before = byPeriod.get(previousMonth(after.data.period));
        return before ? [monthOnMonth(before, after, context.rateMinHeadcount)] : [];
      })
      .filter((drop) => drop.workers >= minDropWorkers || (drop.workers > 0 && drop.share >= minDropShare));
    const newest = drops.at(-1);
    if (!newest) return null;
    const { before, after, workers, share } = newest;
    return {
      value: 1,
      values: {
        period: after.data.period,
        insuredBefore: before.data.insuredHeadcount,
        insuredAfter: after.data.insuredHeadcount,
        droppedWorkers: workers,
        dropShare: Math.round(share * 1000) / 1000,
        employedBefore: before.data.employedHeadcount,
        employedAfter: after.data.employedHeadcount,
      },
      evidenceEventIds: [before.id, after.id].sort(),
      lastEvidenceDay: after.day,
      unresolved: false,
    };
  },
  defaults: {
    enabled: true,
    tiers: [pointsTier(1, 15)],
    params: { minDropWorkers: 20, minDropShare: 0.1, lookbackDays: 180 },
    legalBasis: 'No statutory threshold; federation practice (default)',
  },
};

interface MonthOnMonthDrop {
  before: InsuranceReport;
  after: InsuranceReport;
  workers: number;
  share: number;
}

function monthOnMonth(before: InsuranceReport, after: InsuranceReport, rateMinHeadcount: number): MonthOnMonthDrop {
  const workers = before.data.insuredHeadcount - after.data.insuredHeadcount;
  return { before, after, workers, share: workers / Math.max(before.data.insuredHeadcount, rateMinHeadcount) };
}
