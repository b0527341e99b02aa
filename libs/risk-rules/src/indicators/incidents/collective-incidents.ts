import { daysBetween, isoDayOfTimestamp } from '../../calendar-day.util';
import type { RecordedEvent } from '../../history/enterprise-history';
import type { Measurement, MeasureContext } from '../indicator.model';

export type IncidentEvent = RecordedEvent<'concord.hr.collective_incident.v1'>;

/**
 * Collective incidents under way on the evaluation day: started by then (a planned one is C5's
 * business until it starts) and not ended before it, or ended no more than `settledDays` before.
 * The default is 0: DOMAIN.md §3 counts a stoppage unresolved only while it is on, and the 14-day
 * hysteresis then holds the level.
 */
export function openIncidents({ history, asOf, params }: Pick<MeasureContext, 'history' | 'asOf' | 'params'>): IncidentEvent[] {
  return history
    .of('concord.hr.collective_incident.v1')
    .filter(({ data }) => isoDayOfTimestamp(data.startedAt) <= asOf)
    .filter(({ data }) => data.endedAt === null || daysBetween(isoDayOfTimestamp(data.endedAt), asOf) <= params.settledDays);
}

/** The measurement of the largest of the given open incidents: its participants are the value. */
export function largestIncident(incidents: readonly IncidentEvent[], asOf: string): Measurement | null {
  if (incidents.length === 0) return null;
  const largest = incidents.reduce((a, b) => (b.data.participants > a.data.participants ? b : a));
  const { data } = largest;
  return {
    value: data.participants,
    values: {
      participants: data.participants,
      form: data.form,
      location: data.location,
      startedAt: data.startedAt,
      endedAt: data.endedAt ?? 'ongoing',
      demands: data.demandCategories.join(', '),
      openIncidents: incidents.length,
    },
    evidenceEventIds: incidents.map((incident) => incident.id).sort(),
    lastEvidenceDay: asOf,
    unresolved: true,
  };
}
