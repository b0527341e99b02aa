import { type IndicatorDefinition, pointsTier } from '../indicator.model';
import { complaintRecords, isWithinDays, newestDay } from './complaint-records';

/** C1: complaints received in the last `windowDays` days per 100 workers (at least `rateMinHeadcount` of them). */
export const C1_COMPLAINT_RATE: IndicatorDefinition = {
  id: 'C1',
  category: 'complaints',
  title: 'Complaint rate',
  unit: 'complaints per 100 workers',
  measure(context) {
    const recent = complaintRecords(context).filter((record) => isWithinDays(record.event.day, context.asOf, context.params.windowDays));
    if (recent.length === 0) return null;
    const workforce = Math.max(context.headcount, context.rateMinHeadcount);
    const perHundred = (recent.length * 100) / workforce;
    return {
      value: perHundred,
      values: { complaints: recent.length, workforce, complaintsPer100Workers: Math.round(perHundred * 100) / 100 },
      evidenceEventIds: recent.map((record) => record.event.id).sort(),
      lastEvidenceDay: newestDay(recent.map((record) => record.event.day)),
      unresolved: false,
    };
  },
  defaults: {
    enabled: true,
    tiers: [pointsTier(1, 10), pointsTier(3, 20), pointsTier(5, 30)],
    params: { windowDays: 30 },
    legalBasis: 'No statutory threshold; federation practice (default)',
  },
};
