import type { FiredRule } from './risk-score.model';
import type { RuleSet } from './rule-set.model';
import { plural } from './text.util';
import type { WageFeatures } from './wage-payment.model';

/** W1: wages paid late or still unpaid past the pay date, tiered by days late. */
export function evaluateW1(features: WageFeatures, ruleSet: RuleSet): FiredRule | null {
  const tier = ruleSet.w1.tiers.filter((t) => features.maxDaysLate > t.daysLateAbove).at(-1);
  if (!tier) return null;
  const floorText = tier.floor ? `, floor ${tier.floor}` : '';
  return {
    ruleId: 'W1',
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
    points: tier.points,
    floor: tier.floor,
    values: { maxDaysLate: features.maxDaysLate },
    thresholds: { daysLateAbove: tier.daysLateAbove },
    evidenceEventIds: [...features.evidenceEventIds],
    legalBasis: ruleSet.w1.legalBasis,
    summary: `Wages ${plural(features.maxDaysLate, 'day')} late (> ${tier.daysLateAbove}): +${tier.points}${floorText}`,
  };
}
