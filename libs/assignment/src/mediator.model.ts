/** Mediation tiers from the enterprise committee up to the county federation (DOMAIN.md §7). */
export type MediatorTier = 'enterprise' | 'street' | 'county';

/** Ascending: a mediator certified for a tier may also take cases that need a lower one. */
export const MEDIATOR_TIERS: readonly MediatorTier[] = Object.freeze(['enterprise', 'street', 'county']);

/**
 * Where a mediator comes from. Collective disputes are handled through the tripartite mechanism
 * (三方机制: labour administration, trade union, enterprise confederation); lawyers and scholars
 * sit as independents. Balanced panels are built from this (balanced-panel.policy.ts).
 */
export type MediatorAffiliation = 'union' | 'employers' | 'government' | 'independent';

export const MEDIATOR_AFFILIATIONS: readonly MediatorAffiliation[] = Object.freeze(['union', 'employers', 'government', 'independent']);

/** One period of employment, for the "worked for the enterprise or its group in the last 2 years" conflict. */
export interface EmploymentSpell {
  /** the enterprise (or group) the mediator worked for */
  employerId: string;
  /** the employer's group at the time, when known: working for a sister enterprise is a conflict too */
  groupId?: string | null;
  /** 'YYYY-MM-DD' */
  from: string;
  /** 'YYYY-MM-DD', the last day worked; null while still employed there */
  until: string | null;
}

export interface Mediator {
  id: string;
  active: boolean;
  /** tiers the mediator is certified for */
  tiers: MediatorTier[];
  /** jurisdiction: the region ids they cover, ancestors' subtrees included as ids */
  regionIds: string[];
  languages: string[];
  /** case categories they are versed in */
  expertise: string[];
  industries: string[];
  capacity: number;
  openCases: number;
  /** on leave, sick, or otherwise not taking cases now */
  unavailable: boolean;
  /**
   * Standing conflicts without an end date: the mediator is a party or a party's relative, has an
   * interest in the enterprise, or chairs its union. Dated employment goes in `employmentHistory`.
   */
  conflictEnterpriseIds: string[];
  /** dated employment; a spell with the case's enterprise or group in the 2 years before the case is a conflict */
  employmentHistory?: EmploymentSpell[];
  /** unrecorded counts towards no side when a panel is balanced */
  affiliation?: MediatorAffiliation;
}
