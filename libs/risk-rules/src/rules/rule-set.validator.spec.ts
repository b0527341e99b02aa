import fc from 'fast-check';
import { scoreInput } from '../../test/rules.fixture';
import { editedRuleSet, paidInFull, wagePayment } from '../../test/wage-payment.fixture';
import { floorTier, pointsTier } from '../indicators/indicator.model';
import { scoreEnterprise } from '../scoring/score-enterprise';
import { DEFAULT_RULE_SET } from './default-rule-set';
import type { CustomRule, RuleSet } from './rule-set.model';
import { validateRuleSet } from './rule-set.validator';

function customRule(fields: Partial<CustomRule> = {}): CustomRule {
  return { id: 'X1', category: 'wages', title: 'Long arrears of many', expression: 'W1.maxDaysLate >= 20 and W3.workersOwed >= 5', points: 10, floor: 'ORANGE', legalBasis: 'Federation practice', ...fields };
}

describe('validateRuleSet', () => {
  it('accepts the default rule set', () => {
    expect(validateRuleSet(DEFAULT_RULE_SET)).toEqual([]);
  });

  it('accepts a three-band region and sound custom rules', () => {
    const ruleSet = editedRuleSet((draft) => {
      draft.bands = [
        { level: 'GREEN', minScore: 0 },
        { level: 'YELLOW', minScore: 30 },
        { level: 'RED', minScore: 70 },
      ];
      draft.customRules = [customRule(), customRule({ id: 'X2', expression: 'max(W1.value, W2.value) > 3 or sector == "construction"', floor: null })];
    });
    expect(validateRuleSet(ruleSet)).toEqual([]);
  });

  it.each<[string, (draft: RuleSet) => void, string[]]>([
    ['descending tiers', (d) => (d.indicators.W1.tiers[1].atLeast = 1), ['indicators.W1.tiers[1].atLeast: must be greater than tiers[0].atLeast']],
    ['tiers on one threshold', (d) => (d.indicators.W1.tiers[2].atLeast = 8), ['indicators.W1.tiers[2].atLeast: must be greater than tiers[1].atLeast']],
    ['falling points', (d) => (d.indicators.W1.tiers[2].points = 20), ['indicators.W1.tiers[2].points: must not be less than tiers[1].points']],
    ['a falling floor', (d) => (d.indicators.W1.tiers = [floorTier(1, 10, 'YELLOW'), pointsTier(8, 25)]), ['indicators.W1.tiers[1].floor: must not be lower than tiers[0].floor']],
    ['a trigger without a level', (d) => (d.indicators.W4.tiers[0].floor = null), ['indicators.W4.tiers[0].floor: a trigger must name the level it sets']],
    ['negative points', (d) => (d.indicators.W5.tiers[0].points = -1), ['indicators.W5.tiers[0].points: must be a number of at least 0']],
    ['no tiers', (d) => (d.indicators.W5.tiers = []), ['indicators.W5.tiers: must list at least one tier']],
    ['an unknown param', (d) => (d.indicators.W1.params.windowDays = 30), ['indicators.W1.params: must have exactly lookbackDays']],
    ['a missing param', (d) => delete d.indicators.W3.params.minShare, ['indicators.W3.params: must have exactly minShare, minWorkers, shareMinHeadcount']],
    ['a param where none is expected', (d) => (d.indicators.W6.params.windowDays = 30), ['indicators.W6.params: must have exactly no parameters']],
    ['a param that is not a number', (d) => (d.indicators.W1.params.lookbackDays = Number.NaN), ['indicators.W1.params.lookbackDays: must be a whole number of days from 0 to 36500']],
    ['an unknown indicator id', (d) => (d.indicators.W99 = structuredClone(d.indicators.W1)), ['indicators.W99: is not an indicator of the catalog']],
    ['a missing indicator', (d) => delete d.indicators.W2, ['indicators.W2: is missing']],
    ['a band not starting at 0', (d) => (d.bands[0].minScore = 5), ['bands[0].minScore: must be 0']],
    ['a band threshold that does not rise', (d) => (d.bands[2].minScore = 20), ['bands[2].minScore: must be greater than bands[1].minScore']],
    ['a band less severe than the one before', (d) => (d.bands[3].level = 'BLUE'), ['bands[3].level: must be more severe than bands[2].level']],
    ['no bands', (d) => (d.bands = []), ['bands: must list at least one band']],
    ['zeroWeightDays equal to fullWeightDays', (d) => (d.recency.zeroWeightDays = 30), ['recency.zeroWeightDays: must be greater than recency.fullWeightDays']],
    ['zeroWeightDays below fullWeightDays', (d) => (d.recency.zeroWeightDays = 10), ['recency.zeroWeightDays: must be greater than recency.fullWeightDays']],
    ['a hysteresis beyond 90 days', (d) => (d.hysteresisDays = 91), ['hysteresisDays: must be an integer from 0 to 90']],
    ['a sector multiplier below 1', (d) => (d.sectorPrior.multiplier = 0.9), ['sectorPrior.multiplier: must be a number of at least 1']],
    ['an unknown sector', (d) => (d.sectorPrior.sectors = ['mining' as never]), [expect.stringMatching(/^sectorPrior\.sectors: must list sectors among construction, /)]],
    ['an unknown jurisdiction', (d) => (d.jurisdiction = 'UK' as never), ['jurisdiction: must be one of CN, US, EU']],
    ['a negative category cap', (d) => (d.categoryCaps.wages = -1), ['categoryCaps.wages: must be a number of at least 0']],
    [
      'a custom rule with a syntax error',
      (d) => (d.customRules = [customRule({ expression: 'W1.maxDaysLate >' })]),
      ["customRules[0].expression: Parse error at line 1, character 17: Expecting '-', 'not', 'if', '(', 'Number', 'Symbol', 'String', got 'EndOfExpression'"],
    ],
    ['a custom rule with a stray character', (d) => (d.customRules = [customRule({ expression: 'W1.value > 5 #' })]), ['customRules[0].expression: Lexical error at line 1, character 14: Unrecognized text.']],
    ['a custom rule calling an unknown function', (d) => (d.customRules = [customRule({ expression: 'median(W1.value) > 3' })]), ['customRules[0].expression: Unknown function: median()']],
    [
      'an unknown function the sample never reaches',
      (d) => (d.customRules = [customRule({ expression: 'W1.value > 5 and median(W1.value) > 3' })]),
      ['customRules[0].expression: Unknown function: median()'],
    ],
    ['a custom rule comparing a truth value as a number', (d) => (d.customRules = [customRule({ expression: '(W1.value > 0) + 1 > 1' })]), ['customRules[0].expression: Expected a text or number, but got a true instead.']],
    ['a custom rule in deprecated syntax', (d) => (d.customRules = [customRule({ expression: 'W1.value % 2 == 1' })]), ['customRules[0].expression: write `a mod b` instead of the deprecated `a % b`']],
    ['a duplicate custom-rule id', (d) => (d.customRules = [customRule(), customRule()]), ['customRules[1].id: must be unique among indicators and custom rules']],
    ['a custom rule named like an indicator', (d) => (d.customRules = [customRule({ id: 'W1' })]), ['customRules[0].id: must be unique among indicators and custom rules']],
    ['a custom-rule floor that is not a level', (d) => (d.customRules = [customRule({ floor: 'AMBER' as never })]), ['customRules[0].floor: must be null or a level']],
  ])('refuses %s with its path', (_case, edit, errors) => {
    expect(validateRuleSet(editedRuleSet(edit))).toEqual(errors);
  });

  it('reports every problem at once, in rule-set order', () => {
    const errors = validateRuleSet(
      editedRuleSet((d) => {
        d.version = 0;
        d.bands[0].minScore = 5;
        d.indicators.W1.tiers[2].points = 20;
        d.customRules = [customRule({ id: '1st', title: ' ' })];
      }),
    );
    expect(errors).toEqual([
      'version: must be a positive integer',
      'bands[0].minScore: must be 0',
      'indicators.W1.tiers[2].points: must not be less than tiers[1].points',
      'customRules[0].id: must be 1–40 letters, digits, - or _, starting with a letter',
      'customRules[0].title: must be a non-empty string',
    ]);
  });

  it.each<[string, unknown, string[]]>([
    ['null', null, ['(root): must be an object']],
    ['a list', [], ['(root): must be an object']],
    ['a band that is not an object', { ...DEFAULT_RULE_SET, bands: [null, { level: 'BLUE', minScore: 20 }] }, ['bands[0]: must be an object']],
    ['indicators that are not an object', { ...DEFAULT_RULE_SET, indicators: 'W1' }, ['indicators: must be an object keyed by indicator id']],
    ['a tier that is not an object', editedRuleSet((d) => (d.indicators.W1.tiers[1] = 7 as never)), ['indicators.W1.tiers[1]: must be an object']],
    ['custom rules that are not a list', { ...DEFAULT_RULE_SET, customRules: undefined }, ['customRules: must be a list (empty for none)']],
    ['a custom rule that is not an object', { ...DEFAULT_RULE_SET, customRules: [null] }, ['customRules[0]: must be an object']],
  ])('refuses %s without throwing', (_case, input, errors) => {
    expect(validateRuleSet(input as RuleSet)).toEqual(errors);
  });

  describe('on arbitrary input', () => {
    it('never throws on any JSON-like value', () => {
      fc.assert(
        fc.property(fc.anything(), (input) => {
          expect(Array.isArray(validateRuleSet(input as RuleSet))).toBe(true);
        }),
      );
    });

    const paths = pathsOf(DEFAULT_RULE_SET);
    const mutated = fc
      .record({
        path: fc.constantFrom(...paths),
        value: fc.oneof(fc.anything(), fc.integer({ min: -5, max: 500 }), fc.constantFrom('GREEN', 'ORANGE', 'RED', null, true, [], {}, 'W1.value > 3')),
      })
      .map(({ path, value }) => replaced(DEFAULT_RULE_SET, path, value));

    it('reports, not throws, an object without a prototype where a number is compared (found by the property below)', () => {
      const bare = Object.create(null) as never;
      const errors = validateRuleSet(
        editedRuleSet((d) => {
          d.bands[1].minScore = bare;
          d.indicators.W1.tiers[1].atLeast = bare;
          d.recency.fullWeightDays = bare;
        }),
      );
      expect(errors).toEqual(expect.arrayContaining(['bands[1].minScore: must be a number', 'indicators.W1.tiers[1].atLeast: must be a number']));
    });

    it('refuses a period in days that is not a whole number of days within a century (found by the property below)', () => {
      const errors = validateRuleSet(
        editedRuleSet((d) => {
          d.indicators.K2.params.horizonDays = 1e300;
          d.indicators.C1.params.windowDays = 2.5;
          d.indicators.U4.params.lookbackDays = -1;
        }),
      );
      expect(errors).toEqual(
        expect.arrayContaining([
          'indicators.K2.params.horizonDays: must be a whole number of days from 0 to 36500',
          'indicators.C1.params.windowDays: must be a whole number of days from 0 to 36500',
          'indicators.U4.params.lookbackDays: must be a whole number of days from 0 to 36500',
        ]),
      );
    });

    it('never throws on the default rule set with any one field replaced by anything', () => {
      fc.assert(
        fc.property(mutated, (ruleSet) => {
          expect(Array.isArray(validateRuleSet(ruleSet))).toBe(true);
        }),
        { numRuns: 500 },
      );
    });

    it('passes only rule sets the scorer can use', () => {
      const events = [wagePayment('2024-02-12', { workersPaid: 60, workersBelowMinimumWage: 2 }), paidInFull('2024-03-20', { period: '2023-12', scheduledPayDate: '2024-01-10' })];
      fc.assert(
        fc.property(mutated, (ruleSet) => {
          if (validateRuleSet(ruleSet).length > 0) return;
          expect(() => scoreEnterprise(scoreInput(events, '2024-04-01', { ruleSet }))).not.toThrow();
        }),
        { numRuns: 500 },
      );
    });
  });
});

/** Every path into a JSON value, the root included. */
function pathsOf(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  return [prefix, ...Object.entries(value).flatMap(([key, child]) => pathsOf(child, [...prefix, key]))];
}

/** A copy of `value` with the value at `path` replaced. */
function replaced(value: RuleSet, path: readonly string[], replacement: unknown): RuleSet {
  if (path.length === 0) return replacement as RuleSet;
  const copy = structuredClone(value) as unknown as Record<string, Record<string, unknown>>;
  const parent = path.slice(0, -1).reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, copy);
  parent[path[path.length - 1]] = replacement;
  return copy as unknown as RuleSet;
}
