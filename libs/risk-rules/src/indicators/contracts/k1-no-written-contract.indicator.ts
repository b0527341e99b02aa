import { type IndicatorDefinition, pointsTier } from '../indicator.model';
import { type HeadcountReport, latestBreach, reportsStating } from './workforce-reports';

/**
 * K1: share of the workforce (at least `rateMinHeadcount`) employed over a month without a written
 * contract, as the newest report states it. Open while it shows any; once a report shows none, the
 * last share reported still counts (decaying from that report) for `lookbackDays`.
 */
export const K1_NO_WRITTEN_CONTRACT: IndicatorDefinition = {
  id: 'K1',
  category: 'contracts',
  title: 'Workers without a written contract',
  unit: 'share of workforce',
  measure(context) {
    const reports = reportsStating(context, 'workersWithoutWrittenContract');
    const breach = latestBreach(reports, (report) => withoutContract(report) > 0, context.asOf, context.params.lookbackDays);
    if (!breach) return null;
    const workers = withoutContract(breach.report);
    const workforce = Math.max(context.headcount, context.rateMinHeadcount);
    const share = workers / workforce;
    return {
      value: share,
      values: { workersWithoutWrittenContract: workers, workforce, shareWithoutContract: Math.round(share * 1000) / 1000, reportedOn: breach.report.day },
      evidenceEventIds: [breach.report.id, ...(breach.clearedBy ? [breach.clearedBy.id] : [])].sort(),
      lastEvidenceDay: breach.clearedBy?.day ?? context.asOf,
      unresolved: breach.clearedBy === null,
    };
  },
  defaults: {
    enabled: true,
    tiers: [pointsTier(0.05, 10), pointsTier(0.2, 20)],
    params: { lookbackDays: 180 },
    legalBasis: 'Labor Contract Law Arts. 10, 82 (written contract within one month; double wages after)',
  },
};

function withoutContract(report: HeadcountReport): number {
  return report.data.workersWithoutWrittenContract ?? 0;
}
