import { type IndicatorDefinition, pointsTier } from '../indicator.model';
import { type WageRun, lateRuns, wageRuns } from './wage-runs';

/**
 * W7: a union-approved deferral still within its pay-by date. Mitigates: W1 counts
 * `pointsFactor` of its points and the level is at most YELLOW (triggers apart) while it holds.
 */
export const W7_APPROVED_DEFERRAL: IndicatorDefinition = {
  id: 'W7',
  category: 'wages',
  title: 'Union-approved pay deferral',
  unit: 'deferred periods',
  mitigation: { indicatorIds: ['W1'], ceiling: 'YELLOW' },
  measure(context) {
    // W1 measures its worst late run, so halving it is fair only when every run it counts is
    // deferred: one undeferred arrear, open or recently paid late, is not mitigated by another's
    // deferral (else owing more under a deferral could lower the score).
    const late = lateRuns(wageRuns(context), context.asOf, context.params.lookbackDays);
    const deferred = late.filter((run) => run.open && deferredUntil(run) >= context.asOf);
    if (late.length === 0 || deferred.length < late.length) return null;
    return {
      value: deferred.length,
      values: { deferredPeriods: deferred.length, payBy: deferred.map(deferredUntil).sort().at(-1) ?? '' },
      evidenceEventIds: deferred.map((run) => run.event.id).sort(),
      lastEvidenceDay: context.asOf,
      unresolved: true,
    };
  },
  defaults: {
    enabled: true,
    tiers: [pointsTier(1, 0)],
    // lookbackDays: W1's window, whose late runs must all be deferred.
    params: { pointsFactor: 0.5, lookbackDays: 180 },
    legalBasis: 'Provisional Regulations on Wage Payment Art. 18 (deferral with union consent)',
  },
};

/** The pay-by date the union approved for the run; '' (before any day) when none. */
function deferredUntil(run: WageRun): string {
  const { deferral } = run.event.data;
  return deferral?.approvedByUnion ? deferral.payBy : '';
}
