import { type IndicatorDefinition, pointsTier } from '../indicator.model';
import { type HeadcountReport, latestBreach, reportsStating } from './workforce-reports';

/**
 * K5: dispatched (agency) workers above the jurisdiction's cap on their share of the workforce, as
 * the newest report states it. Value 1 when so. A legal threshold, so the share is of the
 * report's actual headcount, without the small-firm floor. Open while the newest report exceeds
 * the cap; once one does not, the breach still counts (decaying) for `lookbackDays`.
 */
export const K5_DISPATCH_OVER_CAP: IndicatorDefinition = {
  id: 'K5',
  category: 'contracts',
  title: 'Dispatched workers over the legal share',
  unit: '(1 = reached)',
  measure(context) {
    const maxShare = context.legal.dispatchMaxShare;
    if (maxShare === null) return null;
    const reports = reportsStating(context, 'dispatchedWorkers');
    const breach = latestBreach(reports, (report) => dispatchedShare(report) > maxShare, context.asOf, context.params.lookbackDays);
    if (!breach) return null;
    const share = dispatchedShare(breach.report);
    return {
      value: 1,
      values: {
        dispatchedWorkers: breach.report.data.dispatchedWorkers ?? 0,
        headcount: breach.report.data.headcountAfter,
        dispatchedShare: Math.round(share * 1000) / 1000,
        maxShare,
        reportedOn: breach.report.day,
      },
      evidenceEventIds: [breach.report.id, ...(breach.clearedBy ? [breach.clearedBy.id] : [])].sort(),
      lastEvidenceDay: breach.clearedBy?.day ?? context.asOf,
      unresolved: breach.clearedBy === null,
    };
  },
  defaults: {
    enabled: true,
    tiers: [pointsTier(1, 10)],
    params: { lookbackDays: 180 },
    legalBasis: 'Interim Provisions on Labor Dispatch (MOHRSS Order No. 22, 2014) Art. 4; Labor Contract Law Art. 66',
  },
};

function dispatchedShare(report: HeadcountReport): number {
  const { dispatchedWorkers = 0, headcountAfter } = report.data;
  return headcountAfter > 0 ? dispatchedWorkers / headcountAfter : 0;
}
