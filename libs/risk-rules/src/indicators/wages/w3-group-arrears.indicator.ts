import { type IndicatorDefinition, pointsTier } from '../indicator.model';
import { wageRuns } from './wage-runs';

/**
 * W3: group arrears — workers owed wages now. In enterprises of `shareMinHeadcount` or more, a
 * share of the workforce owed counts as reaching the threshold too (value = the larger of the
 * count and the share scaled to `minWorkers`).
 */
export const W3_GROUP_ARREARS: IndicatorDefinition = {
  id: 'W3',
  category: 'wages',
  title: 'Group wage arrears',
  unit: 'workers owed',
  measure(context) {
    const open = wageRuns(context).filter((run) => run.open);
    if (open.length === 0) return null;
    const workersOwed = Math.max(...open.map((run) => run.workersOwed));
    const share = context.headcount > 0 ? workersOwed / context.headcount : 0;
    const { shareMinHeadcount, minShare, minWorkers } = context.params;
    const byShare = context.headcount >= shareMinHeadcount && share >= minShare ? minWorkers : 0;
    return {
      value: Math.max(workersOwed, byShare),
      values: { workersOwed, headcount: context.headcount, shareOwed: Math.round(share * 1000) / 1000 },
      evidenceEventIds: open.map((run) => run.event.id).sort(),
      lastEvidenceDay: context.asOf,
      unresolved: true,
    };
  },
  defaults: {
    enabled: true,
    tiers: [pointsTier(10, 15)],
    params: { minWorkers: 10, minShare: 0.1, shareMinHeadcount: 100 },
    legalBasis: 'Labor Dispute Mediation and Arbitration Law Art. 7 (collective dispute: 10 or more workers)',
  },
};
