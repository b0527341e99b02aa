import type { ContactRole } from '@concord/routing';

/** Contacts that belong to one enterprise: its consultation committee of three and its union chair. */
export const ENTERPRISE_CONTACT_ROLES = [
  'committee_management',
  'committee_union',
  'committee_employee',
  'grassroots_union_chair',
] as const satisfies readonly ContactRole[];
export type EnterpriseContactRole = (typeof ENTERPRISE_CONTACT_ROLES)[number];
