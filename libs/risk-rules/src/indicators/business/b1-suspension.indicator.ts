import { daysBetween } from '../../calendar-day.util';
import { type IndicatorDefinition, floorTier, pointsTier } from '../indicator.model';
import { type StatusChangeEvent, statusChanges } from './status-changes';

interface Suspension {
  event: StatusChangeEvent;
  resumption: StatusChangeEvent | undefined;
  /** The reported resumption, else the expected end; null while open-ended. */
  endDay: string | null;
  ongoing: boolean;
  /** The evaluation day while ongoing, else the end day: recency decay counts from it. */
  lastDay: string;
  /** From the stop to its end, or to the evaluation day while open-ended; at least one day. */
  days: number;
}

/**
 * B1: a suspension of work or production, by its length in days: within one pay cycle (30 days)
 * wages stay due at the contract rate; beyond it workers drop to a living allowance, hence the
 * higher tier. Ongoing suspensions come before ended ones; the longest of them is reported.
 */
export const B1_SUSPENSION: IndicatorDefinition = {
  id: 'B1',
  category: 'business',
  title: 'Business suspended',
  unit: 'days suspended',
  measure(context) {
    const resumptions = statusChanges(context.history, ['resumption']);
    const recent = statusChanges(context.history, ['suspension'])
      .map((event) => toSuspension(event, resumptions, context.asOf))
      .filter((s) => daysBetween(s.lastDay, context.asOf) <= context.params.lookbackDays);
    const ongoing = recent.filter((s) => s.ongoing);
    const candidates = ongoing.length > 0 ? ongoing : recent;
    if (candidates.length === 0) return null;
    const longest = candidates.reduce((a, b) => (b.days > a.days ? b : a));
    return {
      value: longest.days,
      values: {
        daysSuspended: longest.days,
        suspendedFrom: longest.event.data.effectiveOn,
        suspendedUntil: longest.endDay ?? 'open-ended',
        workersAffected: longest.event.data.workersAffected,
        ongoingSuspensions: ongoing.length,
      },
      evidenceEventIds: [longest.event.id, ...(longest.resumption ? [longest.resumption.id] : [])].sort(),
      lastEvidenceDay: longest.lastDay,
      unresolved: longest.ongoing,
    };
  },
  defaults: {
    enabled: true,
    tiers: [pointsTier(1, 15), floorTier(31, 30, 'YELLOW')],
    params: { lookbackDays: 180 },
    legalBasis: 'Provisional Regulations on Wage Payment Art. 12 (a suspension within one pay cycle keeps contract wages; beyond it, a living allowance)',
  },
};

/**
 * A suspension ends at the earliest resumption effective on or after its start, else at its
 * expected end; a planned end counts from the start, so a suspension announced for two months is
 * longer than a pay cycle from its first day.
 */
function toSuspension(event: StatusChangeEvent, resumptions: readonly StatusChangeEvent[], asOf: string): Suspension {
  const resumption = resumptions
    .filter((r) => r.data.effectiveOn >= event.data.effectiveOn)
    .reduce<StatusChangeEvent | undefined>((earliest, r) => (!earliest || r.data.effectiveOn < earliest.data.effectiveOn ? r : earliest), undefined);
  const endDay = resumption?.data.effectiveOn ?? event.data.expectedEndOn ?? null;
  const endedOn = endDay !== null && endDay <= asOf ? endDay : null;
  return { event, resumption, endDay, ongoing: endedOn === null, lastDay: endedOn ?? asOf, days: Math.max(1, daysBetween(event.data.effectiveOn, endDay ?? asOf)) };
}
