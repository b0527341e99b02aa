import type { AssignmentReason, AssignmentResult, HardFilter } from './assignment-result.model';
import { DEFAULT_WEIGHTS, type AssignmentWeights } from './assignment-weights.model';
import type { CaseNeeds } from './case-needs.model';
import { failedHardFilter } from './hard-filters.policy';
import type { Mediator, MediatorTier } from './mediator.model';
import { scoreMediator } from './mediator-score.policy';
import { requiredTier } from './required-tier.policy';

/** Collective cases get a panel so no single mediator carries a dispute of ten or more workers. */
const PANEL_SIZE = 3;

/**
 * Chooses the mediator (or, for a collective case, the panel) for a case: hard filters first,
 * then the weighted score, ties broken by id. The result does not depend on roster order and
 * carries every exclusion and score, so the choice can be explained and audited.
 */
export function assignMediators(
  needs: CaseNeeds,
  roster: readonly Mediator[],
  weights: AssignmentWeights = DEFAULT_WEIGHTS,
): AssignmentResult {
  const tier = requiredTier(needs);
  const seen = new Set<string>();
  const excluded: AssignmentReason['excluded'] = [];
  const eligible: Mediator[] = [];
  for (const mediator of roster) {
    const filter = seen.has(mediator.id) ? 'duplicate' : failedHardFilter(mediator, needs, tier);
    seen.add(mediator.id);
    if (filter) excluded.push({ mediatorId: mediator.id, filter });
    else eligible.push(mediator);
  }
  excluded.sort((a, b) => compareIds(a.mediatorId, b.mediatorId));

  const ranking = eligible
    .map((mediator) => ({ mediatorId: mediator.id, ...scoreMediator(mediator, needs, weights) }))
    .sort((a, b) => b.score - a.score || compareIds(a.mediatorId, b.mediatorId));

  const needed = needs.collective ? PANEL_SIZE : 1;
  const chosen = ranking.slice(0, needed).map((entry) => entry.mediatorId);
  const ok = chosen.length === needed;
  const reason: AssignmentReason = {
    requiredTier: tier,
    considered: roster.length,
    excluded,
    ranking,
    summary: summarize(needs, tier, ok ? chosen : null, ranking, excluded, roster.length),
  };
  return ok ? { ok, mediatorIds: chosen, reason } : { ok, reason };
}

function summarize(
  needs: CaseNeeds,
  tier: MediatorTier,
  chosen: string[] | null,
  ranking: AssignmentReason['ranking'],
  excluded: AssignmentReason['excluded'],
  considered: number,
): string {
  const kind = `${needs.collective ? 'collective ' : ''}${needs.category} case at level ${needs.level}`;
  const exclusions = `${excluded.length} of ${considered} mediators excluded${breakdown(excluded)}`;
  if (chosen && chosen.length === 1) {
    return `Assigned mediator ${chosen[0]} (score ${ranking[0].score}) to a ${kind}, ${tier} tier or above; ${exclusions}.`;
  }
  if (chosen) return `Assigned a panel of ${chosen.join(', ')} to a ${kind}, ${tier} tier or above; ${exclusions}.`;
  if (needs.collective) {
    return `Cannot form a panel of ${PANEL_SIZE} for a ${kind}: only ${ranking.length} eligible at ${tier} tier or above; ${exclusions}.`;
  }
  return `No eligible mediator for a ${kind} at ${tier} tier or above; ${exclusions}.`;
}

function breakdown(excluded: AssignmentReason['excluded']): string {
  if (excluded.length === 0) return '';
  const counts = new Map<HardFilter, number>();
  for (const { filter } of excluded) counts.set(filter, (counts.get(filter) ?? 0) + 1);
  return ` (${[...counts].map(([filter, count]) => `${count} ${filter}`).join(', ')})`;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
