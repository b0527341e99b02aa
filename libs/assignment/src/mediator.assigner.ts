import type { AssignmentReason, AssignmentResult, HardFilter, PartyChoiceOutcome } from './assignment-result.model';
import { DEFAULT_WEIGHTS, type AssignmentWeights } from './assignment-weights.model';
import { BALANCED_PANEL_RULE, PANEL_SIZE, affiliationLabel } from './balanced-panel.policy';
import type { CaseNeeds } from './case-needs.model';
import { failedHardFilter } from './hard-filters.policy';
import type { Mediator, MediatorTier } from './mediator.model';
import { scoreMediator } from './mediator-score.policy';
import type { RankedMediator } from './ranked-mediator.model';
import { requiredTier } from './required-tier.policy';
import { choosePanel, chooseSingle } from './seat.selector';

/**
 * Chooses the mediator (or, for a collective case, the balanced panel) for a case: hard filters
 * first, then the parties' joint choice, then the weighted score, ties broken by id. The result
 * does not depend on roster order and carries every exclusion and score, so the choice can be
 * explained and audited.
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

  const ranked: RankedMediator[] = eligible
    .map((mediator) => ({ mediator, ...scoreMediator(mediator, needs, weights) }))
    .sort((a, b) => b.score - a.score || compareIds(a.mediator.id, b.mediator.id));
  const ranking = ranked.map(({ mediator, score, parts }) => ({ mediatorId: mediator.id, score, parts }));

  const seated = needs.collective ? choosePanel(ranked, needs) : [chooseSingle(ranked, needs)].filter((r) => r !== null);
  const ok = seated !== null && seated.length === (needs.collective ? PANEL_SIZE : 1);
  const partyChoice = partyChoiceOutcomes(needs, ok ? seated : [], excluded, ranked);
  const reason: AssignmentReason = {
    requiredTier: tier,
    considered: roster.length,
    excluded,
    ranking,
    ...(partyChoice.length > 0 ? { partyChoice } : {}),
    summary: summarize(needs, tier, ok ? seated : null, ranked, excluded, roster.length) + choiceSentence(partyChoice),
  };
  return ok ? { ok, mediatorIds: seated.map((r) => r.mediator.id), reason } : { ok, reason };
}

function partyChoiceOutcomes(
  needs: CaseNeeds,
  seated: readonly RankedMediator[],
  excluded: AssignmentReason['excluded'],
  ranked: readonly RankedMediator[],
): PartyChoiceOutcome[] {
  return [...new Set(needs.chosenMediatorIds ?? [])].sort(compareIds).map((mediatorId) => {
    if (seated.some((r) => r.mediator.id === mediatorId)) return { mediatorId, seated: true, note: 'seated' };
    const filter = excluded.find((e) => e.mediatorId === mediatorId)?.filter;
    if (filter) return { mediatorId, seated: false, note: `excluded: ${filter}` };
    if (!ranked.some((r) => r.mediator.id === mediatorId)) return { mediatorId, seated: false, note: 'not on the roster' };
    if (seated.length === 0) return { mediatorId, seated: false, note: 'no assignment could be made' };
    if (!needs.collective) return { mediatorId, seated: false, note: 'another mediator the parties chose ranked higher' };
    const chosenSeats = seated.filter((r) => needs.chosenMediatorIds?.includes(r.mediator.id)).length;
    if (chosenSeats === PANEL_SIZE) return { mediatorId, seated: false, note: 'every seat went to others the parties chose' };
    return { mediatorId, seated: false, note: 'no balanced panel with them seats as many of the parties’ choices with a higher score' };
  });
}

function summarize(
  needs: CaseNeeds,
  tier: MediatorTier,
  seated: readonly RankedMediator[] | null,
  ranked: readonly RankedMediator[],
  excluded: AssignmentReason['excluded'],
  considered: number,
): string {
  const kind = `${needs.collective ? 'collective ' : ''}${needs.category} case at level ${needs.level}`;
  const exclusions = `${excluded.length} of ${considered} mediators excluded${breakdown(excluded)}`;
  if (seated && !needs.collective) {
    return `Assigned mediator ${seated[0].mediator.id} (score ${seated[0].score}) to a ${kind}, ${tier} tier or above; ${exclusions}.`;
  }
  if (seated) {
    const panel = seated.map((r) => `${r.mediator.id} (${affiliationLabel(r.mediator)})`).join(', ');
    return `Assigned a balanced panel of ${panel} to a ${kind}, ${tier} tier or above; ${exclusions}.`;
  }
  if (needs.collective && ranked.length < PANEL_SIZE) {
    return `Cannot form a panel of ${PANEL_SIZE} for a ${kind}: only ${ranked.length} eligible at ${tier} tier or above; ${exclusions}.`;
  }
  if (needs.collective) {
    return (
      `Cannot form a balanced panel of ${PANEL_SIZE} for a ${kind}: ${ranked.length} eligible at ${tier} tier or above ` +
      `(${affiliationCounts(ranked)}), but no three of them have ${BALANCED_PANEL_RULE}; ${exclusions}.`
    );
  }
  return `No eligible mediator for a ${kind} at ${tier} tier or above; ${exclusions}.`;
}

function choiceSentence(outcomes: readonly PartyChoiceOutcome[]): string {
  if (outcomes.length === 0) return '';
  return ` Chosen by the parties: ${outcomes.map((o) => (o.seated ? `${o.mediatorId} seated` : `${o.mediatorId} not seated (${o.note})`)).join('; ')}.`;
}

function affiliationCounts(ranked: readonly RankedMediator[]): string {
  const counts = new Map<string, number>();
  for (const { mediator } of ranked) counts.set(affiliationLabel(mediator), (counts.get(affiliationLabel(mediator)) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => compareIds(a, b)).map(([label, count]) => `${count} ${label}`).join(', ');
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
