import { JURISDICTIONS, SECTORS } from '../history/enterprise-profile.model';
import { INDICATOR_CATALOG } from '../indicators/catalog';
import { CATEGORIES, type IndicatorConfig, type IndicatorDefinition, type Tier } from '../indicators/indicator.model';
import { isLevel, levelRank } from '../level.model';
import { conditionProblem } from './custom-rule';
import type { CustomRule, RuleSet } from './rule-set.model';

/**
 * Checks a rule set before it is saved as a draft, published or loaded. Returns [] when sound,
 * otherwise one readable error per problem, each starting with its field path, so an editor can
 * fix them all at once. The scorer trusts rule sets that pass. Any JSON may arrive here (a request
 * body, a stored version), so no input makes it throw.
 */
export function validateRuleSet(ruleSet: RuleSet, catalog: readonly IndicatorDefinition[] = INDICATOR_CATALOG): string[] {
  if (!isRecord(ruleSet)) return ['(root): must be an object'];
  return [...checkIdentity(ruleSet), ...checkBands(ruleSet), ...checkModel(ruleSet), ...checkIndicators(ruleSet, catalog), ...checkCustomRules(ruleSet, catalog)].filter(
    (error): error is string => error !== null,
  );
}

function checkIdentity(ruleSet: RuleSet): (string | null)[] {
  return [
    nonEmptyText('id', ruleSet.id),
    Number.isInteger(ruleSet.version) && ruleSet.version >= 1 ? null : 'version: must be a positive integer',
    (JURISDICTIONS as readonly unknown[]).includes(ruleSet.jurisdiction) ? null : `jurisdiction: must be one of ${JURISDICTIONS.join(', ')}`,
  ];
}

function checkBands({ bands }: RuleSet): (string | null)[] {
  if (!Array.isArray(bands) || bands.length === 0) return ['bands: must list at least one band'];
  if (!bands.every(isRecord)) return bands.map((band, i) => (isRecord(band) ? null : `bands[${i}]: must be an object`));
  const errors = bands.flatMap((band, i) => {
    const path = `bands[${i}]`;
    const own = [isLevel(band.level) ? null : `${path}.level: must be one of GREEN, BLUE, YELLOW, ORANGE, RED`, finite(`${path}.minScore`, band.minScore)];
    if (i === 0) return own;
    const prev = bands[i - 1];
    return [
      ...own,
      !bothNumbers(band.minScore, prev.minScore) || band.minScore > prev.minScore ? null : `${path}.minScore: must be greater than bands[${i - 1}].minScore`,
      isLevel(band.level) && isLevel(prev.level) && levelRank(band.level) <= levelRank(prev.level) ? `${path}.level: must be more severe than bands[${i - 1}].level` : null,
    ];
  });
  // Scores start at 0, so a first band above 0 would leave low scores without a level.
  return [bands[0].minScore === 0 ? null : 'bands[0].minScore: must be 0', ...errors];
}

function checkModel(ruleSet: RuleSet): (string | null)[] {
  const { recency, sectorPrior, groupPropagation } = ruleSet;
  return [
    ...CATEGORIES.map((category) => atLeast(`categoryCaps.${category}`, ruleSet.categoryCaps?.[category], 0)),
    atLeast('recency.fullWeightDays', recency?.fullWeightDays, 0),
    bothNumbers(recency?.zeroWeightDays, recency?.fullWeightDays) && recency.zeroWeightDays > recency.fullWeightDays ? null : 'recency.zeroWeightDays: must be greater than recency.fullWeightDays',
    Number.isInteger(ruleSet.hysteresisDays) && ruleSet.hysteresisDays >= 0 && ruleSet.hysteresisDays <= 90 ? null : 'hysteresisDays: must be an integer from 0 to 90',
    Array.isArray(sectorPrior?.sectors) && sectorPrior.sectors.every((sector) => (SECTORS as readonly unknown[]).includes(sector))
      ? null
      : `sectorPrior.sectors: must list sectors among ${SECTORS.join(', ')}`,
    atLeast('sectorPrior.multiplier', sectorPrior?.multiplier, 1),
    isLevel(groupPropagation?.siblingLevel) ? null : 'groupPropagation.siblingLevel: must be a level',
    atLeast('groupPropagation.points', groupPropagation?.points, 0),
    Number.isInteger(ruleSet.rateMinHeadcount) && ruleSet.rateMinHeadcount >= 1 ? null : 'rateMinHeadcount: must be a positive integer',
  ];
}

function checkIndicators({ indicators }: RuleSet, catalog: readonly IndicatorDefinition[]): (string | null)[] {
  if (!isRecord(indicators)) return ['indicators: must be an object keyed by indicator id'];
  return [
    ...catalog.flatMap((definition) => checkIndicator(definition, Object.hasOwn(indicators, definition.id) ? indicators[definition.id] : undefined)),
    ...Object.keys(indicators)
      .filter((id) => !catalog.some((definition) => definition.id === id))
      .map((id) => `indicators.${id}: is not an indicator of the catalog`),
  ];
}

function checkIndicator(definition: IndicatorDefinition, config: IndicatorConfig | undefined): (string | null)[] {
  const path = `indicators.${definition.id}`;
  if (config === undefined || config === null) return [`${path}: is missing`];
  if (!isRecord(config)) return [`${path}: must be an object`];
  const expectedParams = Object.keys(definition.defaults.params).sort();
  const params = isRecord(config.params) ? Object.keys(config.params).sort() : [];
  const tiers = Array.isArray(config.tiers) ? config.tiers : [];
  return [
    typeof config.enabled === 'boolean' ? null : `${path}.enabled: must be true or false`,
    tiers.length > 0 ? null : `${path}.tiers: must list at least one tier`,
    ...tiers.flatMap((tier, i) => checkTier(`${path}.tiers`, tiers, i)),
    params.join() === expectedParams.join() ? null : `${path}.params: must have exactly ${expectedParams.join(', ') || 'no parameters'}`,
    ...params.map((key) => (key.endsWith('Days') ? dayCount(`${path}.params.${key}`, config.params[key]) : finite(`${path}.params.${key}`, config.params[key]))),
    nonEmptyText(`${path}.legalBasis`, config.legalBasis),
  ];
}

function checkTier(path: string, tiers: readonly Tier[], i: number): (string | null)[] {
  const at = `${path}[${i}]`;
  const tier = tiers[i];
  if (!isRecord(tier)) return [`${at}: must be an object`];
  const own = [
    finite(`${at}.atLeast`, tier.atLeast),
    atLeast(`${at}.points`, tier.points, 0),
    tier.floor === null || isLevel(tier.floor) ? null : `${at}.floor: must be null or a level`,
    typeof tier.trigger === 'boolean' ? null : `${at}.trigger: must be true or false`,
    tier.trigger && tier.floor === null ? `${at}.floor: a trigger must name the level it sets` : null,
  ];
  const prev = tiers[i - 1];
  if (!isRecord(prev)) return own;
  // Points and floors must not fall as the measured value grows, or more evidence could lower the level.
  return [
    ...own,
    !bothNumbers(tier.atLeast, prev.atLeast) || tier.atLeast > prev.atLeast ? null : `${at}.atLeast: must be greater than tiers[${i - 1}].atLeast`,
    bothNumbers(tier.points, prev.points) && tier.points < prev.points ? `${at}.points: must not be less than tiers[${i - 1}].points` : null,
    floorRank(tier.floor) < floorRank(prev.floor) ? `${at}.floor: must not be lower than tiers[${i - 1}].floor` : null,
  ];
}

function checkCustomRules(ruleSet: RuleSet, catalog: readonly IndicatorDefinition[]): (string | null)[] {
  if (!Array.isArray(ruleSet.customRules)) return ['customRules: must be a list (empty for none)'];
  const rules: unknown[] = ruleSet.customRules;
  // A sample where every indicator measured something, so an expression naming one evaluates.
  const sample = { ...Object.fromEntries(catalog.map((definition) => [definition.id, { value: 1 }])), headcount: 100, sector: 'other' };
  const ids = rules.map((rule) => (isRecord(rule) ? rule.id : undefined));
  return rules.flatMap((candidate, i) => {
    const path = `customRules[${i}]`;
    if (!isRecord(candidate)) return [`${path}: must be an object`];
    const rule = candidate as Partial<CustomRule>;
    const problem = typeof rule.expression === 'string' ? conditionProblem(rule.expression, sample) : 'must be text';
    return [
      typeof rule.id === 'string' && /^[A-Za-z][A-Za-z0-9_-]{0,39}$/.test(rule.id) ? null : `${path}.id: must be 1–40 letters, digits, - or _, starting with a letter`,
      catalog.some((definition) => definition.id === rule.id) || ids.indexOf(rule.id) !== i ? `${path}.id: must be unique among indicators and custom rules` : null,
      (CATEGORIES as readonly unknown[]).includes(rule.category) ? null : `${path}.category: must be one of ${CATEGORIES.join(', ')}`,
      nonEmptyText(`${path}.title`, rule.title),
      problem ? `${path}.expression: ${problem}` : null,
      atLeast(`${path}.points`, rule.points, 0),
      rule.floor === null || isLevel(rule.floor) ? null : `${path}.floor: must be null or a level`,
      nonEmptyText(`${path}.legalBasis`, rule.legalBasis),
    ];
  });
}

/** No floor ranks below GREEN. */
function floorRank(floor: unknown): number {
  return isLevel(floor) ? levelRank(floor) : -1;
}

function nonEmptyText(path: string, value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? null : `${path}: must be a non-empty string`;
}

const MAX_DAYS = 36_500;

function finite(path: string, value: unknown): string | null {
  return isFiniteNumber(value) ? null : `${path}: must be a number`;
}

/** A window, lookback or notice period: whole days, up to a century (dates beyond it do not exist for the calendar). */
function dayCount(path: string, value: unknown): string | null {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_DAYS ? null : `${path}: must be a whole number of days from 0 to ${MAX_DAYS}`;
}

function atLeast(path: string, value: unknown, min: number): string | null {
  return isFiniteNumber(value) && value >= min ? null : `${path}: must be a number of at least ${min}`;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Comparisons only between numbers: `>` on an object without a prototype throws; its own check reports it. */
function bothNumbers(a: unknown, b: unknown): boolean {
  return isFiniteNumber(a) && isFiniteNumber(b);
}
