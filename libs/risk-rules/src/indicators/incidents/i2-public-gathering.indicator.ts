import { type IndicatorDefinition, triggerTier } from '../indicator.model';
import { largestIncident, openIncidents } from './collective-incidents';

const HAND_OVER = 'hand to the government emergency command';

/**
 * I2: collective action in public space or at a government site (any form there, a collective
 * petition visit included), or a road block anywhere — RED trigger while unresolved, and the
 * case goes to the government emergency command (DOMAIN.md §5).
 */
export const I2_PUBLIC_GATHERING: IndicatorDefinition = {
  id: 'I2',
  category: 'incidents',
  title: `Public or government-site gathering, road block: ${HAND_OVER}`,
  unit: 'participants',
  measure(context) {
    const qualifying = openIncidents(context).filter(
      ({ data }) => data.form === 'road_block' || data.location === 'public' || data.location === 'government_site',
    );
    const measured = largestIncident(qualifying, context.asOf);
    return measured && { ...measured, values: { ...measured.values, action: HAND_OVER } };
  },
  defaults: {
    enabled: true,
    tiers: [triggerTier(1, 'RED')],
    params: { settledDays: 0 },
    legalBasis: 'No statutory threshold; federation practice (default)',
  },
};
