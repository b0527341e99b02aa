import { isLevel, levelRank } from './level.model';
import type { RuleSet } from './rule-set.model';

/**
 * Checks a rule set before it is published or loaded. Returns [] when sound, otherwise one
 * human-readable error per problem, each starting with the field path, so a rule builder can
 * fix them all at once. The scorer trusts rule sets that pass.
 */
export function validateRuleSet(ruleSet: RuleSet): string[] {
  return [...checkIdentity(ruleSet), ...checkBands(ruleSet), ...checkW1(ruleSet), ...checkW3(ruleSet)];
}

function checkIdentity(ruleSet: RuleSet): string[] {
  return [
    nonEmptyText('id', ruleSet.id),
    Number.isInteger(ruleSet.version) && ruleSet.version >= 1 ? null : 'version: must be a positive integer',
    isFiniteNumber(ruleSet.wageCap) && ruleSet.wageCap > 0 ? null : 'wageCap: must be a positive number',
  ].filter(isError);
}

function checkBands({ bands }: RuleSet): string[] {
  if (!Array.isArray(bands) || bands.length === 0) return ['bands: must list at least one band'];
  const errors = bands.flatMap((band, i) => {
    const path = `bands[${i}]`;
    const own = [
      isLevel(band.level) ? null : `${path}.level: must be one of GREEN, BLUE, YELLOW, ORANGE, RED`,
      isFiniteNumber(band.minScore) ? null : `${path}.minScore: must be a number`,
    ];
    if (i === 0) return own;
    const prev = bands[i - 1];
    return [
      ...own,
      band.minScore > prev.minScore ? null : `${path}.minScore: must be greater than bands[${i - 1}].minScore`,
      isLevel(band.level) && isLevel(prev.level) && levelRank(band.level) <= levelRank(prev.level)
        ? `${path}.level: must be more severe than bands[${i - 1}].level`
        : null,
    ];
  });
  // Scores start at 0, so a first band above 0 would leave low scores without a level.
  if (bands[0].minScore !== 0) errors.unshift('bands[0].minScore: must be 0');
  return errors.filter(isError);
}

function checkW1({ w1 }: RuleSet): string[] {
  if (!Array.isArray(w1?.tiers) || w1.tiers.length === 0) return ['w1.tiers: must list at least one tier'];
  // Points and floors must not fall as lateness grows, or paying later could lower the level.
  const errors = w1.tiers.flatMap((tier, i) => {
    const path = `w1.tiers[${i}]`;
    const own = [
      nonNegativeInteger(`${path}.daysLateAbove`, tier.daysLateAbove),
      nonNegativeNumber(`${path}.points`, tier.points),
      tier.floor === null || isLevel(tier.floor) ? null : `${path}.floor: must be null or a level`,
    ];
    if (i === 0) return own;
    const prev = w1.tiers[i - 1];
    return [
      ...own,
      tier.daysLateAbove > prev.daysLateAbove
        ? null
        : `${path}.daysLateAbove: must be greater than w1.tiers[${i - 1}].daysLateAbove`,
      tier.points >= prev.points ? null : `${path}.points: must not be less than w1.tiers[${i - 1}].points`,
      floorRank(tier.floor) >= floorRank(prev.floor)
        ? null
        : `${path}.floor: must not be lower than w1.tiers[${i - 1}].floor`,
    ];
  });
  return [...errors, nonEmptyText('w1.legalBasis', w1.legalBasis)].filter(isError);
}

function checkW3({ w3 }: RuleSet): string[] {
  if (!w3) return ['w3: is required'];
  return [
    positiveInteger('w3.minWorkersOwed', w3.minWorkersOwed),
    isFiniteNumber(w3.minShareOwed) && w3.minShareOwed > 0 && w3.minShareOwed <= 1
      ? null
      : 'w3.minShareOwed: must be a share greater than 0 and at most 1',
    positiveInteger('w3.shareMinHeadcount', w3.shareMinHeadcount),
    nonNegativeNumber('w3.points', w3.points),
    positiveInteger('w3.floorMinWorkersOwed', w3.floorMinWorkersOwed),
    nonNegativeInteger('w3.floorDaysLateAbove', w3.floorDaysLateAbove),
    isLevel(w3.floor) ? null : 'w3.floor: must be one of GREEN, BLUE, YELLOW, ORANGE, RED',
    nonEmptyText('w3.legalBasis', w3.legalBasis),
  ].filter(isError);
}

/** No floor ranks below GREEN. */
function floorRank(floor: RuleSet['w1']['tiers'][number]['floor']): number {
  return floor !== null && isLevel(floor) ? levelRank(floor) : -1;
}

function nonEmptyText(path: string, value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? null : `${path}: must be a non-empty string`;
}

function positiveInteger(path: string, value: unknown): string | null {
  return Number.isInteger(value) && (value as number) >= 1 ? null : `${path}: must be a positive integer`;
}

function nonNegativeInteger(path: string, value: unknown): string | null {
  return Number.isInteger(value) && (value as number) >= 0 ? null : `${path}: must be an integer of at least 0`;
}

function nonNegativeNumber(path: string, value: unknown): string | null {
  return isFiniteNumber(value) && value >= 0 ? null : `${path}: must be a number of at least 0`;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isError(error: string | null): error is string {
  return error !== null;
}
