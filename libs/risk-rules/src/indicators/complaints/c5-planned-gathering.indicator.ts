import { isoDayOfTimestamp } from '../../calendar-day.util';
import type { RecordedEvent } from '../../history/enterprise-history';
import { type IndicatorDefinition, triggerTier } from '../indicator.model';

type IncidentForm = RecordedEvent<'concord.hr.collective_incident.v1'>['data']['form'];

/** Collective actions that, once under way, go to the government emergency command (DOMAIN.md §4 I2). */
const GATHERING_FORMS: ReadonlySet<IncidentForm> = new Set<IncidentForm>(['gathering', 'road_block']);

/**
 * C5: a threatened gathering — a collective incident reported with a gathering or road block that
 * has not started by the evaluation day. No event states a threat of extreme action, and none
 * records a verification: the liaison is expected to report a planned gathering only once they
 * have verified it. Once it starts, the incident indicators take over.
 */
export const C5_PLANNED_GATHERING: IndicatorDefinition = {
  id: 'C5',
  category: 'complaints',
  title: 'Gathering planned',
  unit: 'planned gatherings',
  measure(context) {
    // Not filtered on the report's business day: a planned action may be reported with its planned start as its time.
    const planned = context.history
      .of('concord.hr.collective_incident.v1')
      .filter((incident) => GATHERING_FORMS.has(incident.data.form) && isoDayOfTimestamp(incident.data.startedAt) > context.asOf);
    if (planned.length === 0) return null;
    const startDays = planned.map((incident) => isoDayOfTimestamp(incident.data.startedAt)).sort();
    return {
      value: planned.length,
      values: {
        firstPlannedOn: startDays[0],
        forms: [...new Set(planned.map((incident) => incident.data.form))].sort().join(', '),
        locations: [...new Set(planned.map((incident) => incident.data.location))].sort().join(', '),
        mostParticipants: Math.max(...planned.map((incident) => incident.data.participants)),
      },
      evidenceEventIds: planned.map((incident) => incident.id).sort(),
      lastEvidenceDay: context.asOf,
      unresolved: true,
    };
  },
  defaults: {
    enabled: true,
    tiers: [triggerTier(1, 'RED')],
    params: {},
    legalBasis: 'No statutory threshold; federation practice (default)',
  },
};
