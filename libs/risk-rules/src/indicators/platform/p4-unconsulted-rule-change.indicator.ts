import { daysBetween } from '../../calendar-day.util';
import { type IndicatorDefinition, pointsTier } from '../indicator.model';

/**
 * P4: pay or penalty rules changed without consulting the union or worker representatives, by
 * the number of such changes in force within `lookbackDays`. Each counts from the later of its
 * report and its effective date (harm starts when it applies), never after the evaluation day.
 */
export const P4_UNCONSULTED_RULE_CHANGE: IndicatorDefinition = {
  id: 'P4',
  category: 'platform',
  title: 'Platform pay or penalty rules changed without the union',
  unit: 'rule changes',
  measure(context) {
    const changes = context.history
      .of('concord.hr.platform_rule_change.v1')
      .filter(({ data }) => !data.unionConsulted && (data.ruleArea === 'pay' || data.ruleArea === 'penalty'))
      .map((event) => {
        const appliesFrom = event.data.effectiveOn > event.day ? event.data.effectiveOn : event.day;
        return { event, evidenceDay: appliesFrom < context.asOf ? appliesFrom : context.asOf };
      })
      .filter((change) => daysBetween(change.evidenceDay, context.asOf) <= context.params.lookbackDays);
    if (changes.length === 0) return null;
    const newest = changes.reduce((a, b) => (b.evidenceDay > a.evidenceDay ? b : a));
    return {
      value: changes.length,
      values: {
        unconsultedChanges: changes.length,
        ruleAreas: [...new Set(changes.map(({ event }) => event.data.ruleArea))].sort().join(', '),
        workersAffected: Math.max(...changes.map(({ event }) => event.data.workersAffected)),
        newestEffectiveOn: newest.event.data.effectiveOn,
      },
      evidenceEventIds: changes.map(({ event }) => event.id).sort(),
      lastEvidenceDay: newest.evidenceDay,
      unresolved: false,
    };
  },
  defaults: {
    enabled: true,
    tiers: [pointsTier(1, 15)],
    params: { lookbackDays: 180 },
    legalBasis:
      'No statutory threshold; federation practice (default). Rules on pay and penalties set after hearing the union or worker representatives: 人社部发〔2021〕56号; PRC Labor Contract Law Art. 4',
  },
};
