export type ContactRole =
  | 'liaison'
  | 'grassroots_union_chair'
  | 'street_union'
  | 'committee_management'
  | 'committee_union'
  | 'committee_employee'
  | 'county_federation'
  | 'labor_inspection_liaison'
  | 'mediation_centre'
  | 'federation_leadership';

/** Every role, nearest to the enterprise first; a recipient's roles are listed in this order. */
export const CONTACT_ROLES: readonly ContactRole[] = Object.freeze([
  'liaison',
  'grassroots_union_chair',
  'street_union',
  'committee_management',
  'committee_union',
  'committee_employee',
  'county_federation',
  'labor_inspection_liaison',
  'mediation_centre',
  'federation_leadership',
]);

/** One person in one role for an enterprise; a person may appear once per role. */
export interface Contact {
  personId: string;
  role: ContactRole;
}

export interface Recipient {
  personId: string;
  /** the roles through which this person hears the alert */
  roles: ContactRole[];
}
