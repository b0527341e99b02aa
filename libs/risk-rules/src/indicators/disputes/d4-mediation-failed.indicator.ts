import { daysBetween } from '../../calendar-day.util';
import { caseFacts, knownBy } from '../../history/case-facts';
import { type IndicatorDefinition, pointsTier } from '../indicator.model';

/**
 * D4: a mediation case of the enterprise failed, was escalated to the next tier or went to
 * arbitration (case.events) within the last `windowDays`: the dispute the case was opened for
 * could not be settled at the level that tried. Measured as 1, or 2 when a failed case is
 * collective (tiers: 15 points, 25 for a collective one). Points only, no floor: the level the
 * case was opened at is already held by the conditions that opened it. Evidence ages like any
 * other (full weight 30 days, then decays); a case whose agreement was performed after the
 * failure no longer counts.
 */
export const D4_MEDIATION_FAILED: IndicatorDefinition = {
  id: 'D4',
  category: 'disputes',
  title: 'Mediation failed',
  unit: 'failure severity (1 individual, 2 collective)',
  measure(context) {
    const failed = [...caseFacts(knownBy(context.history, context.asOf)).values()].filter(
      (facts) =>
        facts.failedOn !== null &&
        daysBetween(facts.failedOn, context.asOf) <= context.params.windowDays &&
        !(facts.performanceConfirmedOn !== null && facts.performanceConfirmedOn >= facts.failedOn),
    );
    if (failed.length === 0) return null;
    const collective = failed.filter((facts) => facts.collective).length;
    const lastFailedOn = failed.map((facts) => facts.failedOn as string).sort().at(-1) as string;
    return {
      value: collective > 0 ? 2 : 1,
      values: { failedCases: failed.length, collectiveCases: collective, lastFailedOn },
      evidenceEventIds: failed.map((facts) => facts.evidence.failure as string).sort(),
      lastEvidenceDay: lastFailedOn,
      unresolved: false,
    };
  },
  defaults: {
    enabled: true,
    tiers: [pointsTier(1, 15), pointsTier(2, 25)],
    params: { windowDays: 90 },
    legalBasis:
      'Labor Dispute Mediation and Arbitration Law Art. 14 (no agreement within 15 days: the parties may apply for arbitration) and Art. 5 (mediation refused or failed, or an agreement not performed: arbitration)',
  },
};
