import type { MediatorTier } from './mediator.model';

/** The hard filter a mediator failed; 'duplicate' marks a repeated roster entry. */
export type HardFilter =
  | 'inactive'
  | 'unavailable'
  | 'tier'
  | 'jurisdiction'
  | 'conflict'
  | 'language'
  | 'capacity'
  | 'duplicate';

export interface AssignmentReason {
  /** the lowest tier a mediator must be certified for */
  requiredTier: MediatorTier;
  /** roster entries looked at */
  considered: number;
  /** by mediatorId; each with the first hard filter it failed */
  excluded: { mediatorId: string; filter: HardFilter }[];
  /** every eligible mediator, best first; parts are the weighted criteria summing to score */
  ranking: { mediatorId: string; score: number; parts: Record<string, number> }[];
  summary: string;
}

export type AssignmentResult =
  | { ok: true; mediatorIds: string[]; reason: AssignmentReason }
  | { ok: false; reason: AssignmentReason };
