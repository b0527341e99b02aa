import { type IndicatorDefinition, pointsTier } from '../indicator.model';
import { cohortOf, worstCohortBreach } from './cohort-summaries';

/**
 * P1: the share of a platform cohort that worked more than 4 hours continuously without a
 * 20-minute rest, in the worst cohort month reported within `lookbackDays`. Open while some
 * cohort's newest month still has such workers; once none has, the worst month still counts,
 * decaying from its report.
 */
export const P1_CONTINUOUS_WORK: IndicatorDefinition = {
  id: 'P1',
  category: 'platform',
  title: 'Platform workers over 4 h without rest',
  unit: 'share of the cohort',
  measure(context) {
    const breach = worstCohortBreach(context, ({ data }) => (data.workersOver4hContinuous > 0 ? data.workersOver4hContinuous / data.workers : null));
    if (!breach) return null;
    const { worst, severity: share } = breach;
    return {
      value: share,
      values: {
        cohort: cohortOf(worst),
        period: worst.data.period,
        workers: worst.data.workers,
        workersOver4hContinuous: worst.data.workersOver4hContinuous,
        shareOver4h: Math.round(share * 1000) / 1000,
        cohorts: breach.cohorts,
        cohortsStillOver4h: breach.cohortsStillBreaching,
        ...(breach.clearedInPeriod ? { clearedInPeriod: breach.clearedInPeriod } : {}),
      },
      evidenceEventIds: breach.breaching.map((event) => event.id).sort(),
      lastEvidenceDay: worst.day,
      unresolved: breach.cohortsStillBreaching > 0,
    };
  },
  defaults: {
    enabled: true,
    tiers: [pointsTier(0.1, 15)],
    params: { lookbackDays: 180 },
    legalBasis: 'No statutory threshold; federation practice (default)',
  },
};
