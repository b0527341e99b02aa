import { type IndicatorDefinition, pointsTier } from '../indicator.model';
import { type ComplaintChannel, complaintRecords, isWithinDays, newestDay } from './complaint-records';

/**
 * Channels outside the enterprise and the union (DOMAIN.md §4 C3): workers who use them no longer
 * expect the enterprise or the union to settle it. The federation's own worker portal counts as
 * the union.
 */
const EXTERNAL_CHANNELS: ReadonlySet<ComplaintChannel> = new Set<ComplaintChannel>(['hotline_12351', 'labor_inspection', 'petition', 'online']);

/** C3: complaints received through external channels in the last `windowDays` days; the tiers give 10 points each. */
export const C3_EXTERNAL_COMPLAINTS: IndicatorDefinition = {
  id: 'C3',
  category: 'complaints',
  title: 'Complaints outside internal channels',
  unit: 'complaints',
  measure(context) {
    const external = complaintRecords(context).filter(
      (record) => EXTERNAL_CHANNELS.has(record.event.data.channel) && isWithinDays(record.event.day, context.asOf, context.params.windowDays),
    );
    if (external.length === 0) return null;
    return {
      value: external.length,
      values: { externalComplaints: external.length, channels: [...new Set(external.map((record) => record.event.data.channel))].sort().join(', ') },
      evidenceEventIds: external.map((record) => record.event.id).sort(),
      lastEvidenceDay: newestDay(external.map((record) => record.event.day)),
      unresolved: false,
    };
  },
  defaults: {
    enabled: true,
    // "+10 each" up to the complaints cap of 40.
    tiers: [pointsTier(1, 10), pointsTier(2, 20), pointsTier(3, 30), pointsTier(4, 40)],
    params: { windowDays: 30 },
    legalBasis: 'No statutory threshold; federation practice (default)',
  },
};
