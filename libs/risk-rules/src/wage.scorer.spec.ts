import fc from 'fast-check';
import { DEFAULT_RULE_SET } from './default.rule-set';
import { LEVELS, levelRank, type Level } from './level.model';
import type { RuleSet } from './rule-set.model';
import { validateRuleSet } from './rule-set.validator';
import { deriveWageFeatures } from './wage-features.deriver';
import type { WageFeatures } from './wage-payment.model';
import { scoreWages } from './wage.scorer';

function features(overrides: Partial<WageFeatures> = {}): WageFeatures {
  return {
    asOf: '2024-03-16',
    headcount: 100,
    maxDaysLate: 0,
    workersOwed: 0,
    openArrearsPeriods: [],
    evidenceEventIds: [],
    ...overrides,
  };
}

describe('scoreWages', () => {
  it('scores the canonical case: 12 of 100 workers unpaid for 35 days', () => {
    const facts = [
      {
        eventId: 'evt-wage-2024-01',
        period: '2024-01',
        scheduledPayDate: '2024-02-10',
        actualPayDate: null,
        headcount: 100,
        workersDue: 100,
        workersPaid: 88,
        amountDueMinor: 50_000_000,
        amountPaidMinor: 44_000_000,
      },
    ];
    const result = scoreWages(deriveWageFeatures(facts, new Date('2024-03-16T00:00:00Z')), DEFAULT_RULE_SET);

    expect(result).toMatchObject({ score: 55, band: 'YELLOW', level: 'ORANGE', ruleSetId: 'cn-default', ruleSetVersion: 1 });
    const [w1, w3] = result.fired;
    expect(w1).toMatchObject({
      ruleId: 'W1',
      points: 40,
      floor: 'YELLOW',
      values: { maxDaysLate: 35 },
      thresholds: { daysLateAbove: 30 },
      evidenceEventIds: ['evt-wage-2024-01'],
      summary: 'Wages 35 days late (> 30): +40, floor YELLOW',
    });
    expect(w1.legalBasis).toContain('Labor Law Art. 50');
    expect(w3).toMatchObject({
      ruleId: 'W3',
      points: 15,
      floor: 'ORANGE',
      values: { workersOwed: 12, headcount: 100, maxDaysLate: 35 },
      thresholds: { minWorkersOwed: 10, floorDaysLateAbove: 30 },
      evidenceEventIds: ['evt-wage-2024-01'],
      summary: 'Wages owed to 12 workers of 100 (≥ 10): +15, floor ORANGE (also > 30 days late)',
    });
  });

  it.each([
    [0, 0, 'GREEN'],
    [1, 10, 'GREEN'],
    [7, 10, 'GREEN'],
    [8, 25, 'BLUE'],
    [30, 25, 'BLUE'],
    [31, 40, 'YELLOW'],
  ])('scores W1 alone at %i days late as %i points, level %s', (maxDaysLate, score, level) => {
    const result = scoreWages(features({ maxDaysLate, workersOwed: 3 }), DEFAULT_RULE_SET);
    expect(result).toMatchObject({ score, level });
    expect(result.fired.map((rule) => rule.ruleId)).toEqual(maxDaysLate > 0 ? ['W1'] : []);
  });

  it('fires W3 without its floor while arrears are still short', () => {
    const result = scoreWages(features({ maxDaysLate: 5, workersOwed: 10 }), DEFAULT_RULE_SET);
    expect(result).toMatchObject({ score: 25, band: 'BLUE', level: 'BLUE' });
    expect(result.fired[1]).toMatchObject({ ruleId: 'W3', floor: null });
  });

  it('fires W3 by share of headcount when a region sets the share below the count', () => {
    const ruleSet: RuleSet = { ...DEFAULT_RULE_SET, w3: { ...DEFAULT_RULE_SET.w3, minWorkersOwed: 50 } };
    const result = scoreWages(features({ headcount: 200, workersOwed: 20, maxDaysLate: 3 }), ruleSet);
    expect(result.fired[1]).toMatchObject({
      ruleId: 'W3',
      summary: 'Wages owed to 20 workers of 200 (≥ 10 % of headcount): +15',
    });
  });

  it('uses the bands of the rule set, e.g. a three-band region', () => {
    const threeBands: RuleSet = {
      ...DEFAULT_RULE_SET,
      id: 'three-band',
      bands: [
        { level: 'GREEN', minScore: 0 },
        { level: 'YELLOW', minScore: 25 },
        { level: 'RED', minScore: 50 },
      ],
    };
    expect(scoreWages(features({ maxDaysLate: 10 }), threeBands)).toMatchObject({ score: 25, band: 'YELLOW', ruleSetId: 'three-band' });
  });

  it('caps the wage category', () => {
    const heavy: RuleSet = { ...DEFAULT_RULE_SET, w3: { ...DEFAULT_RULE_SET.w3, points: 50 } };
    expect(scoreWages(features({ maxDaysLate: 40, workersOwed: 20 }), heavy)).toMatchObject({ score: 60, band: 'ORANGE' });
  });

  describe('invariants', () => {
    const featuresArb: fc.Arbitrary<WageFeatures> = fc.record({
      asOf: fc.constant('2024-03-16'),
      headcount: fc.integer({ min: 0, max: 2_000 }),
      maxDaysLate: fc.integer({ min: 0, max: 400 }),
      workersOwed: fc.integer({ min: 0, max: 2_000 }),
      openArrearsPeriods: fc.constant(['2024-01']),
      evidenceEventIds: fc.constant(['e1']),
    });
    const ruleSetArb = validRuleSetArb();

    it('generates only rule sets the validator accepts', () => {
      fc.assert(fc.property(ruleSetArb, (ruleSet) => expect(validateRuleSet(ruleSet)).toEqual([])));
    });

    it('never puts the level below a fired floor', () => {
      fc.assert(
        fc.property(featuresArb, ruleSetArb, (f, ruleSet) => {
          const { level, fired } = scoreWages(f, ruleSet);
          for (const rule of fired) {
            if (rule.floor) expect(levelRank(level)).toBeGreaterThanOrEqual(levelRank(rule.floor));
          }
        }),
      );
    });

    it('never exceeds the wage cap', () => {
      fc.assert(
        fc.property(featuresArb, ruleSetArb, (f, ruleSet) => {
          expect(scoreWages(f, ruleSet).score).toBeLessThanOrEqual(ruleSet.wageCap);
        }),
      );
    });

    it('never lowers the level as wages get later', () => {
      fc.assert(
        fc.property(featuresArb, fc.integer({ min: 0, max: 400 }), ruleSetArb, (f, extraDays, ruleSet) => {
          const earlier = scoreWages(f, ruleSet);
          const later = scoreWages({ ...f, maxDaysLate: f.maxDaysLate + extraDays }, ruleSet);
          expect(levelRank(later.level)).toBeGreaterThanOrEqual(levelRank(earlier.level));
        }),
      );
    });
  });
});

/** Sound rule sets with arbitrary numbers, so properties hold for any published rule set, not just the default. */
function validRuleSetArb(): fc.Arbitrary<RuleSet> {
  const level = fc.constantFrom(...LEVELS);
  const ascending = (min: number, max: number, minLength: number) =>
    fc.uniqueArray(fc.integer({ min, max }), { minLength, maxLength: 5 }).map((xs) => [...xs].sort((a, b) => a - b));

  const bands = fc
    .uniqueArray(fc.integer({ min: 1, max: 4 }), { maxLength: 4 })
    .chain((ranks) => {
      const levels: Level[] = ['GREEN', ...[...ranks].sort((a, b) => a - b).map((rank) => LEVELS[rank])];
      return ascending(1, 150, levels.length - 1).map((scores) =>
        levels.map((l, i) => ({ level: l, minScore: i === 0 ? 0 : scores[i - 1] })),
      );
    });
  const tiers = fc.integer({ min: 1, max: 4 }).chain((n) =>
    fc.tuple(
      fc.uniqueArray(fc.integer({ min: 0, max: 90 }), { minLength: n, maxLength: n }),
      fc.array(fc.integer({ min: 0, max: 60 }), { minLength: n, maxLength: n }),
      fc.array(fc.option(level, { nil: null }), { minLength: n, maxLength: n }),
    ).map(([days, points, floors]) => {
      const sortedFloors = [...floors].sort((a, b) => (a ? levelRank(a) : -1) - (b ? levelRank(b) : -1));
      const sortedPoints = [...points].sort((a, b) => a - b);
      return [...days].sort((a, b) => a - b).map((d, i) => ({ daysLateAbove: d, points: sortedPoints[i], floor: sortedFloors[i] }));
    }),
  );
  return fc.record({
    id: fc.constant('generated'),
    version: fc.integer({ min: 1, max: 9 }),
    bands,
    wageCap: fc.integer({ min: 1, max: 100 }),
    w1: fc.record({ tiers, legalBasis: fc.constant('test') }),
    w3: fc.record({
      minWorkersOwed: fc.integer({ min: 1, max: 50 }),
      minShareOwed: fc.double({ min: 0.01, max: 1, noNaN: true }),
      shareMinHeadcount: fc.integer({ min: 1, max: 300 }),
      points: fc.integer({ min: 0, max: 60 }),
      floorMinWorkersOwed: fc.integer({ min: 1, max: 50 }),
      floorDaysLateAbove: fc.integer({ min: 0, max: 90 }),
      floor: level,
      legalBasis: fc.constant('test'),
    }),
  });
}
