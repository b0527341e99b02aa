/** Sectors DOMAIN.md §3 names for the sector prior; anything else is `other`. */
export const SECTORS = [
  'construction',
  'labor_intensive_manufacturing',
  'manufacturing',
  'catering',
  'logistics',
  'platform_delivery',
  'security',
  'cleaning',
  'staffing',
  'retail',
  'services',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];

/** Jurisdictions with a legal profile (DOMAIN.md §6). */
export const JURISDICTIONS = ['CN', 'US', 'EU'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** What the rules need to know about an enterprise besides its events (from the directory). */
export interface EnterpriseProfile {
  enterpriseId: string;
  sector: Sector;
  jurisdiction: Jurisdiction;
  /** Province or state code whose minimum wage and criminal threshold apply, e.g. 'CN-ZJ'. */
  province: string | null;
  /** Establishments of one group share a group id (group propagation). */
  groupId: string | null;
  /** Headcount from the directory, used until an event reports one. */
  registeredHeadcount: number;
}
