import { daysBetween } from '../../calendar-day.util';
import { caseFacts, knownBy } from '../../history/case-facts';
import { type IndicatorDefinition, pointsTier } from '../indicator.model';

/**
 * D5: a mediation agreement of the enterprise was performed (case.events: confirm_performance
 * closed the case) within the last `windowDays` (default 180). A mitigation, like W7: it adds no
 * points. While it holds, every indicator whose evidence events were all on record by the day the
 * (latest such) case was opened — the conditions the case was about — is treated as resolved on
 * the day performance was confirmed: its floor no longer holds, its points decay from that day
 * (recency: full for 30 days, zero at 180) instead of keeping full weight while the HR data still
 * shows it open, and it counts `pointsFactor` (default 0.5) of its points. Triggers are never
 * mitigated, and a condition first reported after the case opened is not covered. With the
 * 14-day hysteresis the level falls 14 days after confirmation. An agreement reached but not yet
 * performed changes nothing. The mitigation is time-boxed: if HR data still reports the condition
 * open `windowDays` after the performance, it counts in full again.
 */
export const D5_AGREEMENT_PERFORMED: IndicatorDefinition = {
  id: 'D5',
  category: 'disputes',
  title: 'Mediation agreement performed',
  unit: 'cases performed',
  mitigation: { indicatorIds: [], ceiling: null },
  measure(context) {
    const performed = [...caseFacts(knownBy(context.history, context.asOf)).values()].filter(
      (facts) => facts.performanceConfirmedOn !== null && daysBetween(facts.performanceConfirmedOn, context.asOf) <= context.params.windowDays,
    );
    if (performed.length === 0) return null;
    const openedOn = performed.map((facts) => facts.openedOn).sort().at(-1) as string;
    const performedOn = performed.map((facts) => facts.performanceConfirmedOn as string).sort().at(-1) as string;
    return {
      value: performed.length,
      values: { performedCases: performed.length, openedOn, performedOn },
      evidenceEventIds: performed.map((facts) => facts.evidence.performance as string).sort(),
      lastEvidenceDay: context.asOf,
      unresolved: true,
      resolves: { evidenceThrough: openedOn, resolvedOn: performedOn },
    };
  },
  defaults: {
    enabled: true,
    tiers: [pointsTier(1, 0)],
    params: { pointsFactor: 0.5, windowDays: 180 },
    legalBasis: 'Labor Dispute Mediation and Arbitration Law Art. 14 (a mediation agreement binds the parties, who shall perform it); Art. 5',
  },
};
