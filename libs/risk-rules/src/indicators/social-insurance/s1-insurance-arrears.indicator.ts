import { daysBetween } from '../../calendar-day.util';
import { type IndicatorDefinition, floorTier, pointsTier } from '../indicator.model';
import { insuranceReports } from './insurance-reports';

/**
 * S1: months of social insurance contributions in arrears, as the newest report of the newest
 * month states them. Open while it shows arrears; once a report shows them cleared, the last
 * arrears reported still count (decaying from the first clearing report) for `lookbackDays`.
 */
export const S1_INSURANCE_ARREARS: IndicatorDefinition = {
  id: 'S1',
  category: 'social_insurance',
  title: 'Social insurance in arrears',
  unit: 'months in arrears',
  measure(context) {
    const reports = insuranceReports(context);
    const lastArrearsIndex = reports.findLastIndex((report) => report.data.monthsInArrears > 0);
    if (lastArrearsIndex < 0) return null;
    const arrears = reports[lastArrearsIndex];
    // The report after the last one in arrears shows them cleared; there is none while the newest is in arrears.
    const clearing = reports.at(lastArrearsIndex + 1);
    // A month reported late can sort before a report made earlier; the arrears ended no sooner than both.
    const clearedDay = clearing && (clearing.day > arrears.day ? clearing.day : arrears.day);
    if (clearedDay && daysBetween(clearedDay, context.asOf) > context.params.lookbackDays) return null;
    return {
      value: arrears.data.monthsInArrears,
      values: { monthsInArrears: arrears.data.monthsInArrears, period: arrears.data.period, ...(clearing ? { clearedInPeriod: clearing.data.period } : {}) },
      evidenceEventIds: [arrears.id, ...(clearing ? [clearing.id] : [])].sort(),
      lastEvidenceDay: clearedDay ?? context.asOf,
      unresolved: !clearing,
    };
  },
  defaults: {
    enabled: true,
    tiers: [pointsTier(1, 10), pointsTier(2, 20), floorTier(3, 35, 'YELLOW'), floorTier(6, 35, 'ORANGE')],
    params: { lookbackDays: 180 },
    legalBasis: 'PRC Social Insurance Law Art. 86',
  },
};
