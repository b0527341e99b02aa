import type { Level } from '@concord/risk-rules';
import type { ContactRole } from './contact.model';

/** A role hears alerts at or above its level. */
export interface RoutingTable {
  minLevelByRole: Record<ContactRole, Level>;
}

/** DOMAIN.md §5: each level adds its audience to the one below. */
export const DEFAULT_ROUTING: RoutingTable = Object.freeze({
  minLevelByRole: Object.freeze({
    liaison: 'BLUE',
    grassroots_union_chair: 'BLUE',
    street_union: 'YELLOW',
    committee_management: 'YELLOW',
    committee_union: 'YELLOW',
    committee_employee: 'YELLOW',
    county_federation: 'ORANGE',
    labor_inspection_liaison: 'ORANGE',
    mediation_centre: 'ORANGE',
    federation_leadership: 'RED',
  }),
});
