import { bandFor } from './band.util';
import { maxLevel } from './level.model';
import type { RiskScore } from './risk-score.model';
import type { RuleSet } from './rule-set.model';
import { evaluateW1 } from './w1-late-wages.rule';
import { evaluateW3 } from './w3-group-arrears.rule';
import type { WageFeatures } from './wage-payment.model';

const WAGE_RULES = [evaluateW1, evaluateW3];

/** Scores the wage category: capped points, band from the rule set, raised by any floor. */
export function scoreWages(features: WageFeatures, ruleSet: RuleSet): RiskScore {
  const fired = WAGE_RULES.map((rule) => rule(features, ruleSet)).filter((rule) => rule !== null);
  const score = Math.min(
    ruleSet.wageCap,
    fired.reduce((sum, rule) => sum + rule.points, 0),
  );
  const band = bandFor(score, ruleSet.bands);
  const floors = fired.flatMap((rule) => (rule.floor ? [rule.floor] : []));
  return {
    score,
    band,
    level: maxLevel(band, ...floors),
    fired,
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
  };
}
