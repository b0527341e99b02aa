import type { MediatorTier } from './mediator.model';

/** The hard filter a mediator failed; 'duplicate' marks a repeated roster entry. */
export type HardFilter =
  | 'recused'
  | 'inactive'
  | 'unavailable'
  | 'tier'
  | 'jurisdiction'
  | 'conflict'
  | 'language'
  | 'capacity'
  | 'duplicate';

/** What became of one mediator the parties chose from the roster. */
export interface PartyChoiceOutcome {
  mediatorId: string;
  seated: boolean;
  /** why not, when not: a hard filter, absence from the roster, or the panel's balance */
  note: string;
}

export interface AssignmentReason {
  /** the lowest tier a mediator must be certified for */
  requiredTier: MediatorTier;
  /** roster entries looked at */
  considered: number;
  /** by mediatorId; each with the first hard filter it failed */
  excluded: { mediatorId: string; filter: HardFilter }[];
  /** every eligible mediator, best first; parts are the weighted criteria summing to score */
  ranking: { mediatorId: string; score: number; parts: Record<string, number> }[];
  /** present when the parties chose mediators from the roster */
  partyChoice?: PartyChoiceOutcome[];
  summary: string;
}

export type AssignmentResult =
  | { ok: true; mediatorIds: string[]; reason: AssignmentReason }
  | { ok: false; reason: AssignmentReason };
