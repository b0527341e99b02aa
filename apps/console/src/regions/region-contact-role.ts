import type { ContactRole } from '@concord/routing';

/** Contacts that belong to a region and hear about every enterprise beneath it. */
export const REGION_CONTACT_ROLES = [
  'street_union',
  'county_federation',
  'labor_inspection_liaison',
  'mediation_centre',
  'federation_leadership',
] as const satisfies readonly ContactRole[];
export type RegionContactRole = (typeof REGION_CONTACT_ROLES)[number];
