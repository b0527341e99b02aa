import type { RecordedEvent } from '../../history/enterprise-history';
import { type IndicatorDefinition, pointsTier } from '../indicator.model';

type TerminationBatchEvent = RecordedEvent<'concord.hr.termination_batch.v1'>;

/**
 * L5: severance unpaid or short on terminations that have taken effect (it is due when the
 * worker leaves, LCL Art. 50). The value is the severance still owed in total, in minor units.
 */
export const L5_SEVERANCE_UNPAID: IndicatorDefinition = {
  id: 'L5',
  category: 'layoffs',
  title: 'Severance unpaid or short',
  unit: 'severance owed (minor units)',
  measure(context) {
    const short = currentBatches(context.history.of('concord.hr.termination_batch.v1')).filter(
      ({ data }) => data.terminatedOn <= context.asOf && data.compensationPaidMinor < data.compensationDueMinor,
    );
    if (short.length === 0) return null;
    const owedMinor = short.reduce((sum, { data }) => sum + data.compensationDueMinor - data.compensationPaidMinor, 0);
    const dueMinor = short.reduce((sum, { data }) => sum + data.compensationDueMinor, 0);
    return {
      value: owedMinor,
      values: {
        severanceOwedMinor: owedMinor,
        severanceDueMinor: dueMinor,
        workersInShortBatches: short.reduce((sum, { data }) => sum + data.workers, 0),
        shortBatches: short.length,
        earliestTerminatedOn: short.map(({ data }) => data.terminatedOn).sort()[0],
      },
      evidenceEventIds: short.map((event) => event.id).sort(),
      lastEvidenceDay: context.asOf,
      unresolved: true,
    };
  },
  defaults: {
    enabled: true,
    tiers: [pointsTier(1, 20)],
    params: {},
    legalBasis: 'PRC Labor Contract Law Arts. 46–47 (severance), 50 (paid on handover), 85 (unpaid severance: ordered paid with 50–100 % additional compensation)',
  },
};

/**
 * One report per batch: "paid so far" is updated by reporting the batch again, so the newest
 * report of a plan's batch on one termination date replaces the earlier ones (the history is in
 * canonical order, so the last one wins).
 */
function currentBatches(batches: readonly TerminationBatchEvent[]): TerminationBatchEvent[] {
  const newest = new Map<string, TerminationBatchEvent>();
  for (const batch of batches) newest.set(`${batch.data.layoffPlanEventId ?? ''}|${batch.data.terminatedOn}`, batch);
  return [...newest.values()];
}
