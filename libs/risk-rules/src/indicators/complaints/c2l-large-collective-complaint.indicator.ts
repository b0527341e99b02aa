import { type IndicatorDefinition, floorTier } from '../indicator.model';
import { burstValues, complaintBursts, recentBursts, weightiestBurst } from './complaint-bursts';
import { complaintRecords } from './complaint-records';

/**
 * C2 (large): workers involved — complainants and co-signers — in complaints about the same thing
 * within `windowDays` days; floor ORANGE from 30 while any of them is open. Counted whether or not
 * C2's own conditions hold: 30 workers raising one grievance is collective however they file it.
 */
export const C2L_LARGE_COLLECTIVE_COMPLAINT: IndicatorDefinition = {
  id: 'C2L',
  category: 'complaints',
  title: 'Large collective complaint',
  unit: 'workers involved',
  measure(context) {
    const { windowDays, lookbackDays } = context.params;
    const bursts = complaintBursts(complaintRecords(context), context.asOf, windowDays);
    const burst = weightiestBurst(recentBursts(bursts, context.asOf, lookbackDays));
    if (!burst) return null;
    return {
      value: burst.workersInvolved,
      values: burstValues(burst),
      evidenceEventIds: burst.complaints.map((record) => record.event.id).sort(),
      lastEvidenceDay: burst.lastDay,
      unresolved: burst.open,
    };
  },
  defaults: {
    enabled: true,
    tiers: [floorTier(30, 0, 'ORANGE')],
    params: { windowDays: 7, lookbackDays: 180 },
    legalBasis: 'No statutory threshold; federation practice (default)',
  },
};
