import { type IndicatorDefinition, triggerTier } from '../indicator.model';
import { largestIncident, openIncidents } from './collective-incidents';

/**
 * I1: a stoppage or slowdown of any size, or any collective incident of at least
 * `minParticipants` — RED trigger while unresolved. The value is the participants of the
 * largest such incident.
 */
export const I1_STOPPAGE: IndicatorDefinition = {
  id: 'I1',
  category: 'incidents',
  title: 'Stoppage, slowdown or large collective incident',
  unit: 'participants',
  measure(context) {
    const qualifying = openIncidents(context).filter(
      ({ data }) => data.form === 'stoppage' || data.form === 'slowdown' || data.participants >= context.params.minParticipants,
    );
    return largestIncident(qualifying, context.asOf);
  },
  defaults: {
    enabled: true,
    tiers: [triggerTier(1, 'RED')],
    params: { minParticipants: 10, settledDays: 0 },
    legalBasis: 'No statutory threshold; federation practice (default)',
  },
};
