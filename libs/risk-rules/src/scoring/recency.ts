import { daysBetween } from '../calendar-day.util';
import type { RuleSet } from '../rules/rule-set.model';

/**
 * Recency weight of evidence (DOMAIN.md §3): full weight for `fullWeightDays`, then linear decay to
 * zero at `zeroWeightDays`. An unresolved condition keeps full weight until it is closed.
 */
export function recencyWeight(lastEvidenceDay: string, asOf: string, unresolved: boolean, recency: RuleSet['recency']): number {
  if (unresolved) return 1;
  const age = daysBetween(lastEvidenceDay, asOf);
  if (age <= recency.fullWeightDays) return 1;
  if (age >= recency.zeroWeightDays) return 0;
  return (recency.zeroWeightDays - age) / (recency.zeroWeightDays - recency.fullWeightDays);
}
