import { PANEL_SIZE, panelImbalance } from './balanced-panel.policy';
import type { CaseNeeds } from './case-needs.model';
import type { RankedMediator } from './ranked-mediator.model';

/**
 * The one mediator for an individual case: the best-ranked of those the parties chose, when any
 * of them is eligible, else the best-ranked of all.
 */
export function chooseSingle(ranking: readonly RankedMediator[], needs: CaseNeeds): RankedMediator | null {
  const chosen = new Set(needs.chosenMediatorIds ?? []);
  return ranking.find((r) => chosen.has(r.mediator.id)) ?? ranking[0] ?? null;
}

/**
 * The panel for a collective case: among balanced panels, the one seating most of the parties'
 * choices, then the highest total score, then the earliest in ranking order; null when no
 * balanced panel can be formed.
 *
 * Only the three best of each kind of mediator (affiliation × versed or not × chosen or not)
 * can be in that panel: swapping a member for a better one of the same kind keeps the panel
 * balanced and does not lower the total. So the search is over a short list, whatever the roster size.
 */
export function choosePanel(ranking: readonly RankedMediator[], needs: CaseNeeds): RankedMediator[] | null {
  const chosen = new Set(needs.chosenMediatorIds ?? []);
  const expertAvailable = ranking.some((r) => r.mediator.expertise.includes(needs.category));
  const shortlist = shortlistByKind(ranking, (r) => [r.mediator.affiliation, r.mediator.expertise.includes(needs.category), chosen.has(r.mediator.id)].join('|'));

  let best: { panel: RankedMediator[]; chosenSeats: number; total: number } | null = null;
  for (const panel of triples(shortlist)) {
    if (panelImbalance(panel.map((r) => r.mediator), needs.category, expertAvailable) !== null) continue;
    const chosenSeats = panel.filter((r) => chosen.has(r.mediator.id)).length;
    // Scores carry six decimals; summing them as integers keeps equal totals equal.
    const total = panel.reduce((sum, r) => sum + Math.round(r.score * 1e6), 0);
    if (!best || chosenSeats > best.chosenSeats || (chosenSeats === best.chosenSeats && total > best.total)) best = { panel, chosenSeats, total };
  }
  return best?.panel ?? null;
}

/** The first PANEL_SIZE of each kind, still in ranking order. */
function shortlistByKind(ranking: readonly RankedMediator[], kindOf: (r: RankedMediator) => string): RankedMediator[] {
  const taken = new Map<string, number>();
  return ranking.filter((r) => {
    const kind = kindOf(r);
    const count = taken.get(kind) ?? 0;
    taken.set(kind, count + 1);
    return count < PANEL_SIZE;
  });
}

/** Every i < j < k, in lexicographic order, so the first best panel found is the earliest in ranking order. */
function* triples<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      for (let k = j + 1; k < items.length; k++) yield [items[i], items[j], items[k]];
    }
  }
}
