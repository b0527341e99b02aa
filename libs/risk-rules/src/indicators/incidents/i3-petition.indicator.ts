import { type IndicatorDefinition, floorTier } from '../indicator.model';
import { largestIncident, openIncidents } from './collective-incidents';

/**
 * I3: a petition or online mobilisation, by the participants of the largest one — floor ORANGE
 * from 5 while unresolved. Larger ones are I1's RED too; this floor stays as the lower bound.
 */
export const I3_PETITION: IndicatorDefinition = {
  id: 'I3',
  category: 'incidents',
  title: 'Petition or online mobilisation',
  unit: 'participants',
  measure(context) {
    const qualifying = openIncidents(context).filter(({ data }) => data.form === 'petition' || data.form === 'online_mobilisation');
    return largestIncident(qualifying, context.asOf);
  },
  defaults: {
    enabled: true,
    tiers: [floorTier(5, 0, 'ORANGE')],
    params: { settledDays: 0 },
    legalBasis: 'No statutory threshold; federation practice (default)',
  },
};
