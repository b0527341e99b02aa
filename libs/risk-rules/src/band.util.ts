import type { Level } from './level.model';
import type { RuleSet } from './rules/rule-set.model';

/** The band a score falls in; assumes bands passed validateRuleSet (ascending, first at 0). */
export function bandFor(score: number, bands: RuleSet['bands']): Level {
  return bands.reduce((band, candidate) => (score >= candidate.minScore ? candidate : band), bands[0]).level;
}
