import { daysBetween } from '../../calendar-day.util';
import { type IndicatorDefinition, pointsTier } from '../indicator.model';
import { type ComplaintRecord, complaintRecords, newestDay } from './complaint-records';

/**
 * C4: complaints left unresolved more than `daysOpenAbove` days after they were received. Open
 * while one of them is; complaints resolved late still count, decaying, for `lookbackDays`.
 */
export const C4_LONG_OPEN_COMPLAINTS: IndicatorDefinition = {
  id: 'C4',
  category: 'complaints',
  title: 'Complaints left unresolved',
  unit: 'complaints',
  measure(context) {
    const { daysOpenAbove, lookbackDays } = context.params;
    const daysOpen = (record: ComplaintRecord) => daysBetween(record.receivedDay, record.resolvedDay ?? context.asOf);
    const late = complaintRecords(context).filter(
      (record) => daysOpen(record) > daysOpenAbove && (record.resolvedDay === null || daysBetween(record.resolvedDay, context.asOf) <= lookbackDays),
    );
    if (late.length === 0) return null;
    const stillOpen = late.filter((record) => record.resolvedDay === null);
    return {
      value: late.length,
      values: { complaints: late.length, stillOpen: stillOpen.length, longestDaysOpen: Math.max(...late.map(daysOpen)) },
      evidenceEventIds: late.map((record) => record.event.id).sort(),
      lastEvidenceDay: stillOpen.length > 0 ? context.asOf : newestDay(late.map((record) => record.resolvedDay ?? context.asOf)),
      unresolved: stillOpen.length > 0,
    };
  },
  defaults: {
    enabled: true,
    tiers: [pointsTier(1, 10)],
    params: { daysOpenAbove: 15, lookbackDays: 180 },
    legalBasis: 'No statutory threshold; federation practice (default)',
  },
};
