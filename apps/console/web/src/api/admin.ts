import { api } from './client';

/**
 * The console's directory administration (apps/console/src/{regions,enterprises,people,mediators,api-keys}/http)
 * and the notifier's routing tables (apps/notifier/src/settings/http/settings.controller.ts).
 */
export const REGION_TIERS = ['county', 'street', 'community'] as const;
export const REGION_CONTACT_ROLES = ['street_union', 'county_federation', 'labor_inspection_liaison', 'mediation_centre', 'federation_leadership'] as const;
export const STAFF_ROLES = ['admin', 'federation_staff', 'committee_member', 'mediator', 'rules_editor', 'rules_publisher'] as const;
export const PERSON_LANGUAGES = ['zh-CN', 'en'] as const;
export const MEDIATOR_TIERS = ['enterprise', 'street', 'county'] as const;
export const MEDIATOR_AFFILIATIONS = ['union', 'employers', 'government', 'independent'] as const;
/** @concord/routing's CONTACT_ROLES: who hears an alert, each from its lowest level. */
export const CONTACT_ROLES = [
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
] as const;
export const ROUTING_LEVELS = ['BLUE', 'YELLOW', 'ORANGE', 'RED'] as const;

export interface Region {
  id: string;
  name: string;
  tier: (typeof REGION_TIERS)[number];
  parentId: string | null;
  createdAt: string;
}

export interface EnterpriseProfile {
  enterpriseId: string;
  name: string;
  registeredCode: string;
  regionId: string;
  regionPath: string[];
  industry: string;
  headcount: number;
  groupId: string | null;
  liaisonPersonId: string;
  jurisdiction: string;
}

export interface EnterpriseDetails {
  profile: EnterpriseProfile;
  contacts: { personId: string; role: string; name: string; email: string | null; language: string }[];
}

export interface Person {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  language: string;
  createdAt: string;
  account: { roles: string[]; regionId: string | null; enterpriseId: string | null; disabled: boolean } | null;
}

export interface RosterEntry {
  mediatorId: string;
  name: string;
  active: boolean;
  unavailable: boolean;
  tiers: string[];
  regionIds: string[];
  languages: string[];
  expertise: string[];
  industries: string[];
  capacity: number;
  conflictEnterpriseIds: string[];
  affiliation: string | null;
}

export interface ApiKey {
  keyId: string;
  prefix: string;
  label: string;
  active: boolean;
  createdAt: string;
  createdBy: string | null;
  revokedAt: string | null;
  expiresAt: string | null;
  lastUsedAt: string | null;
}

/** Issued or rotated: the only time the secret is ever shown. */
export interface IssuedKey {
  keyId: string;
  key: string;
  prefix: string;
  previous?: { keyId: string; validUntil: string };
}

export interface RoutingTable {
  regionId: string;
  custom: boolean;
  minLevelByRole: Record<string, string>;
}

export const listRegions = (signal?: AbortSignal) => api<Region[]>('console', '/regions', { signal });
export const createRegion = (body: unknown) => api<Region>('console', '/regions', { method: 'POST', body });
export const addRegionContact = (body: unknown) => api<unknown>('console', '/region-contacts', { method: 'POST', body });
export const listEnterprises = (signal?: AbortSignal) => api<EnterpriseProfile[]>('console', '/enterprises', { signal });
export const getEnterprise = (id: string, signal?: AbortSignal) => api<EnterpriseDetails>('console', `/enterprises/${id}`, { signal });
export const createEnterprise = (body: unknown) => api<EnterpriseDetails>('console', '/enterprises', { method: 'POST', body });
export const listPeople = (signal?: AbortSignal) => api<Person[]>('console', '/people', { signal });
export const createPerson = (body: unknown) => api<Person>('console', '/people', { method: 'POST', body });
/** Ends (or restores) a person's console logins; their live sessions end with it. Never one's own account (409). */
export const setAccountDisabled = (personId: string, disabled: boolean) =>
  api<Person>('console', `/people/${encodeURIComponent(personId)}/account/status`, { method: 'PUT', body: { disabled } });
export const listMediators = (signal?: AbortSignal) => api<RosterEntry[]>('console', '/mediators', { signal });
export const registerMediator = (body: unknown) => api<RosterEntry>('console', '/mediators', { method: 'POST', body });
export const listApiKeys = (enterpriseId: string, signal?: AbortSignal) => api<ApiKey[]>('console', `/enterprises/${enterpriseId}/api-keys`, { signal });
export const issueApiKey = (enterpriseId: string, label: string) => api<IssuedKey>('console', `/enterprises/${enterpriseId}/api-keys`, { method: 'POST', body: { label } });
export const rotateApiKey = (keyId: string, graceHours: number) => api<IssuedKey>('console', `/api-keys/${keyId}/rotate`, { method: 'POST', body: { graceHours } });
export const revokeApiKey = (keyId: string) => api<void>('console', `/api-keys/${keyId}`, { method: 'DELETE' });
export const getRouting = (regionId: string, signal?: AbortSignal) => api<RoutingTable>('notifier', `/routing/${regionId}`, { signal });
export const setRouting = (regionId: string, minLevelByRole: Record<string, string>) =>
  api<RoutingTable>('notifier', `/routing/${regionId}`, { method: 'PUT', body: { minLevelByRole } });
