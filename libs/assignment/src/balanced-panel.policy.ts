import type { Mediator, MediatorAffiliation } from './mediator.model';

/** Collective cases get a panel so no single mediator carries a dispute of ten or more workers. */
export const PANEL_SIZE = 3;

/** Said in every explanation that mentions balance, so staff can check a panel by hand. */
export const BALANCED_PANEL_RULE =
  'at least two different recorded affiliations, at most one mediator from the union and at most one from employers’ organisations, and at least one versed in the case category when anyone eligible is';

/** The sides of a dispute; government and independent mediators belong to neither. */
const PARTISAN: readonly MediatorAffiliation[] = ['union', 'employers'];

/**
 * Why a panel is not balanced, or null when it is. Balance is what makes a panel trustworthy to
 * both sides of a collective dispute (the tripartite idea): it must not be of one affiliation,
 * neither side may hold two of three seats, and it must be able to judge the claim. An
 * unrecorded affiliation counts towards no side, so it can never make a panel look balanced.
 */
export function panelImbalance(panel: readonly Mediator[], category: string, expertAvailable: boolean): string | null {
  const recorded = panel.map((m) => m.affiliation).filter((a): a is MediatorAffiliation => a !== undefined);
  if (new Set(recorded).size < 2) return 'fewer than two recorded affiliations';
  for (const side of PARTISAN) {
    if (recorded.filter((a) => a === side).length > 1) return `more than one from ${side === 'union' ? 'the union' : 'employers’ organisations'}`;
  }
  if (expertAvailable && !panel.some((m) => m.expertise.includes(category))) return `nobody versed in ${category}`;
  return null;
}

export function affiliationLabel(mediator: Mediator): string {
  return mediator.affiliation ?? 'unrecorded';
}
