import { daysBetween } from '../../calendar-day.util';
import type { RecordedEvent } from '../../history/enterprise-history';
import { type IndicatorDefinition, floorTier } from '../indicator.model';

type ArbitrationEvent = RecordedEvent<'concord.hr.arbitration_filed.v1'>;
type AgreementEvent = RecordedEvent<'concord.hr.agreement_due.v1'>;

/**
 * D3: a collective arbitration — at least the legal minimum of workers with a common claim —
 * floor ORANGE while unresolved, by the workers of the largest open one. It is resolved when an
 * agreement (award, mediation agreement, settlement or judgment) reached on or after the filing
 * and benefiting at least its workers is performed in full — the events carry no link from an
 * agreement to the arbitration, so that is how one is matched to it — or `openDays` after the
 * filing (the award is due within 45 + 15 days, LDMAL Art. 43), whichever comes first.
 */
export const D3_COLLECTIVE_ARBITRATION: IndicatorDefinition = {
  id: 'D3',
  category: 'disputes',
  title: 'Collective arbitration',
  unit: 'workers',
  measure(context) {
    const agreements = new Map(context.history.of('concord.hr.agreement_due.v1').map((event) => [event.id, event]));
    const performed = context.history
      .of('concord.hr.agreement_performed.v1')
      .filter((event) => event.data.performance === 'full')
      .map((event) => agreements.get(event.data.agreementEventId))
      .filter((agreement): agreement is AgreementEvent => agreement !== undefined);
    const open = context.history
      .of('concord.hr.arbitration_filed.v1')
      .filter(({ data }) => data.collective && data.workers >= context.legal.collectiveDisputeMinWorkers)
      .filter(({ data }) => daysBetween(data.filedOn, context.asOf) <= context.params.openDays)
      .filter((arbitration) => !performed.some((agreement) => settles(agreement, arbitration)));
    if (open.length === 0) return null;
    const largest = open.reduce((a, b) => (b.data.workers > a.data.workers ? b : a));
    const { data } = largest;
    return {
      value: data.workers,
      values: {
        workers: data.workers,
        filedOn: data.filedOn,
        claimCategory: data.claimCategory,
        ...(data.amountClaimedMinor === undefined ? {} : { amountClaimedMinor: data.amountClaimedMinor }),
        openArbitrations: open.length,
      },
      evidenceEventIds: open.map((event) => event.id).sort(),
      lastEvidenceDay: context.asOf,
      unresolved: true,
    };
  },
  defaults: {
    enabled: true,
    tiers: [floorTier(1, 0, 'ORANGE')],
    params: { openDays: 60 },
    legalBasis: 'Labor Dispute Mediation and Arbitration Law Art. 7 (collective dispute: 10 or more workers with a common claim)',
  },
};

function settles(agreement: AgreementEvent, arbitration: ArbitrationEvent): boolean {
  return agreement.data.reachedOn >= arbitration.data.filedOn && agreement.data.workers >= arbitration.data.workers;
}
