import { type IndicatorDefinition, floorTier } from '../indicator.model';
import { burstValues, complaintBursts, recentBursts, weightiestBurst } from './complaint-bursts';
import { complaintRecords } from './complaint-records';

/**
 * C2: a collective complaint — `minComplainants` workers complaining about the same thing within
 * `windowDays` days, or one complaint co-signed by `minCoSigners` or more. Value 1 when so; open
 * while any complaint of it is, decaying from the last resolution after that. C2L adds the
 * ORANGE floor for many workers.
 */
export const C2_COLLECTIVE_COMPLAINT: IndicatorDefinition = {
  id: 'C2',
  category: 'complaints',
  title: 'Collective complaint',
  unit: '(1 = reached)',
  measure(context) {
    const { windowDays, minComplainants, minCoSigners, lookbackDays } = context.params;
    const collective = complaintBursts(complaintRecords(context), context.asOf, windowDays).filter(
      (burst) => burst.complainants >= minComplainants || burst.maxCoSigners >= minCoSigners,
    );
    const burst = weightiestBurst(recentBursts(collective, context.asOf, lookbackDays));
    if (!burst) return null;
    return {
      value: 1,
      values: burstValues(burst),
      evidenceEventIds: burst.complaints.map((record) => record.event.id).sort(),
      lastEvidenceDay: burst.lastDay,
      unresolved: burst.open,
    };
  },
  defaults: {
    enabled: true,
    tiers: [floorTier(1, 25, 'YELLOW')],
    params: { windowDays: 7, minComplainants: 5, minCoSigners: 10, lookbackDays: 180 },
    legalBasis: 'No statutory threshold; federation practice (default)',
  },
};
