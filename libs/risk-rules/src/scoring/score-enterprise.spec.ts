import { testProfile } from '../../test/rules.fixture';
import { MONTHLY_WAGE_MINOR, type WagePaymentEvent, editedRuleSet, paidInFull, scoreWages, wagePayment } from '../../test/wage-payment.fixture';
import { addDays } from '../calendar-day.util';
import { pointsTier } from '../indicators/indicator.model';
import { W1_LATE_WAGES } from '../indicators/wages/w1-late-wages.indicator';
import type { CustomRule } from '../rules/rule-set.model';

const JANUARY = { period: '2024-01', scheduledPayDate: '2024-02-10' };
const FEBRUARY = { period: '2024-02', scheduledPayDate: '2024-03-10' };
const WITHOUT_W4 = editedRuleSet((draft) => (draft.indicators.W4.enabled = false));

/** January's wages owed to `workersOwed` of 100 workers, reported on the pay date. */
function januaryOwed(workersOwed: number, fields: Partial<WagePaymentEvent['data']> = {}): WagePaymentEvent {
  return wagePayment('2024-02-10', { ...JANUARY, workersPaid: 100 - workersOwed, ...fields });
}

function customRule(expression: string, fields: Partial<CustomRule> = {}): CustomRule {
  return { id: 'X1', category: 'wages', title: 'Federation rule', expression, points: 10, floor: null, legalBasis: 'No statutory threshold; federation practice (default)', ...fields };
}

describe('scoreEnterprise', () => {
  describe('category caps', () => {
    it('caps wages at 60 whatever fires', () => {
      const events = [
        januaryOwed(30),
        wagePayment('2024-03-10', { ...FEBRUARY, workersPaid: 70, workersBelowMinimumWage: 3 }),
      ];
      const result = scoreWages(events, '2024-03-20');
      expect(result.fired.map((rule) => [rule.ruleId, rule.points])).toEqual(
        expect.arrayContaining([
          ['W1', 40],
          ['W2', 30],
          ['W3', 15],
          ['W5', 20],
          ['W6', 10],
        ]),
      );
      const raw = result.fired.reduce((sum, rule) => sum + rule.points, 0);
      expect(raw).toBeGreaterThanOrEqual(115);
      expect(result.categories).toEqual({ wages: { raw, capped: 60, cap: 60 } });
      expect(result).toMatchObject({ score: 60, band: 'ORANGE', level: 'RED' });
    });

    it('caps custom-rule points with their category', () => {
      const ruleSet = editedRuleSet((draft) => (draft.customRules = [customRule('headcount >= 1', { points: 50 })]));
      const result = scoreWages([januaryOwed(5)], '2024-02-18', { ruleSet });
      expect(result.categories.wages).toEqual({ raw: 75, capped: 60, cap: 60 });
    });
  });

  describe('sector prior and group propagation', () => {
    const eightDaysLate = (overrides: Parameters<typeof scoreWages>[2]) => scoreWages([januaryOwed(3)], '2024-02-18', overrides);

    it.each`
      sector                             | multiplier | score
      ${'construction'}                  | ${1.2}     | ${30}
      ${'labor_intensive_manufacturing'} | ${1.2}     | ${30}
      ${'manufacturing'}                 | ${1}       | ${25}
      ${'other'}                         | ${1}       | ${25}
    `('multiplies the score of $sector by $multiplier', ({ sector, multiplier, score }) => {
      expect(eightDaysLate({ profile: testProfile({ sector }) })).toMatchObject({ sectorMultiplier: multiplier, score });
    });

    it.each`
      siblingLevels         | groupPoints | score
      ${undefined}          | ${0}        | ${30}
      ${[]}                 | ${0}        | ${30}
      ${['ORANGE', 'BLUE']} | ${0}        | ${30}
      ${['RED']}            | ${10}       | ${40}
      ${['RED', 'RED']}     | ${10}       | ${40}
    `('adds $groupPoints points with siblings at $siblingLevels, after the sector prior', ({ siblingLevels, groupPoints, score }) => {
      expect(eightDaysLate({ profile: testProfile({ sector: 'construction' }), siblingLevels })).toMatchObject({ groupPoints, score });
    });
  });

  describe('bands', () => {
    it.each`
      points  | band
      ${19.9} | ${'GREEN'}
      ${20}   | ${'BLUE'}
      ${39.9} | ${'BLUE'}
      ${40}   | ${'YELLOW'}
      ${59.9} | ${'YELLOW'}
      ${60}   | ${'ORANGE'}
      ${79.9} | ${'ORANGE'}
      ${80}   | ${'RED'}
    `('puts a score of $points in $band', ({ points, band }) => {
      const ruleSet = editedRuleSet((draft) => {
        draft.categoryCaps.wages = 100;
        draft.indicators.W1.tiers = [pointsTier(1, points as number)];
      });
      expect(scoreWages([januaryOwed(3)], '2024-02-11', { ruleSet, catalog: [W1_LATE_WAGES] })).toMatchObject({ score: points, band, level: band });
    });

    it('uses the bands of the rule set (a three-band region)', () => {
      const ruleSet = editedRuleSet((draft) => {
        draft.bands = [
          { level: 'GREEN', minScore: 0 },
          { level: 'YELLOW', minScore: 25 },
          { level: 'RED', minScore: 70 },
        ];
      });
      expect(scoreWages([januaryOwed(3)], '2024-02-18', { ruleSet })).toMatchObject({ score: 25, band: 'YELLOW' });
    });
  });

  describe('levels', () => {
    it('raises the level to the highest floor of an open condition', () => {
      const result = scoreWages([januaryOwed(12)], '2024-03-16', { ruleSet: WITHOUT_W4 });
      expect(result).toMatchObject({ score: 55, band: 'YELLOW', level: 'ORANGE', ceiling: null });
      expect(result.fired.filter((rule) => rule.floor).map((rule) => [rule.ruleId, rule.floor])).toEqual([
        ['W1', 'YELLOW'],
        ['W3L', 'ORANGE'],
      ]);
    });

    it('drops the floors once the condition is resolved, keeping the points', () => {
      const result = scoreWages([januaryOwed(12), paidInFull('2024-03-16', JANUARY)], '2024-03-20', { ruleSet: WITHOUT_W4 });
      expect(result).toMatchObject({ score: 40, level: 'YELLOW' });
      expect(result.fired.map((rule) => [rule.ruleId, rule.floor])).toEqual([['W1', null]]);
    });

    it('lets a trigger set RED even when a W7 ceiling applies', () => {
      const deferral = { approvedByUnion: true, payBy: '2024-06-30' };
      const events = [JANUARY, FEBRUARY, { period: '2024-03', scheduledPayDate: '2024-04-10' }].map((run) =>
        wagePayment(run.scheduledPayDate, { ...run, headcount: 8, workersDue: 1, amountDueMinor: 200_000, deferral }),
      );
      const result = scoreWages(events, '2024-05-20');
      expect(result).toMatchObject({ ceiling: 'YELLOW', level: 'RED' });
      expect(result.fired.find((rule) => rule.ruleId === 'W4')).toMatchObject({ trigger: true, floor: 'RED' });
    });

    it('halves W1 and caps the level at YELLOW while W7 holds', () => {
      const asOf = '2024-03-16';
      const undeferred = scoreWages([januaryOwed(12)], asOf, { ruleSet: WITHOUT_W4 });
      const deferred = scoreWages([januaryOwed(12, { deferral: { approvedByUnion: true, payBy: asOf } })], asOf, { ruleSet: WITHOUT_W4 });
      expect(undeferred).toMatchObject({ score: 55, level: 'ORANGE', ceiling: null });
      expect(deferred).toMatchObject({ score: 35, band: 'BLUE', level: 'YELLOW', ceiling: 'YELLOW' });
      expect(deferred.fired.find((rule) => rule.ruleId === 'W1')).toMatchObject({ tierPoints: 40, points: 20, floor: 'YELLOW', summary: expect.stringContaining('(mitigated)') });
      expect(scoreWages([januaryOwed(12, { deferral: { approvedByUnion: true, payBy: asOf } })], addDays(asOf, 1), { ruleSet: WITHOUT_W4 }).level).toBe('ORANGE');
    });

    it('does not halve an undeferred late payment because a later period is deferred', () => {
      const paidLate = paidInFull('2024-04-10', FEBRUARY);
      const april = { period: '2024-04', scheduledPayDate: '2024-05-10', deferral: { approvedByUnion: true, payBy: '2024-06-30' } };
      const deferredPayment = paidInFull('2024-05-10', april);
      const oneWorkerStillOwed = wagePayment('2024-05-10', { ...april, actualPayDate: '2024-05-10', workersPaid: 99, amountPaidMinor: 99 * MONTHLY_WAGE_MINOR });
      const before = scoreWages([paidLate, deferredPayment], '2024-05-15');
      const after = scoreWages([paidLate, oneWorkerStillOwed], '2024-05-15');
      expect(before.fired.map((rule) => [rule.ruleId, rule.points])).toEqual([['W1', 38.67]]);
      expect(after.fired.map((rule) => [rule.ruleId, rule.points])).toEqual([['W1', 40]]);
      expect(after.ceiling).toBeNull();
    });

    it('caps even an ORANGE band at YELLOW while W7 holds', () => {
      const deferral = { approvedByUnion: true, payBy: '2024-04-30' };
      const events = [januaryOwed(30, { deferral, workersBelowMinimumWage: 2 }), wagePayment('2024-03-10', { ...FEBRUARY, workersPaid: 70, deferral })];
      expect(scoreWages(events, '2024-03-20', { ruleSet: WITHOUT_W4 })).toMatchObject({ score: 60, band: 'ORANGE', level: 'YELLOW' });
    });
  });

  describe('recency', () => {
    const paidTenDaysLate = [januaryOwed(3), paidInFull('2024-02-20', JANUARY)];

    it.each`
      daysSincePayment | weight  | points   | score
      ${0}             | ${1}    | ${25}    | ${25}
      ${30}            | ${1}    | ${25}    | ${25}
      ${31}            | ${0.99} | ${24.83} | ${24.8}
      ${105}           | ${0.5}  | ${12.5}  | ${12.5}
      ${179}           | ${0.01} | ${0.17}  | ${0.2}
      ${180}           | ${0}    | ${0}     | ${0}
    `('weighs a resolved condition $weight after $daysSincePayment days', ({ daysSincePayment, weight, points, score }) => {
      const result = scoreWages(paidTenDaysLate, addDays('2024-02-20', daysSincePayment as number), { catalog: [W1_LATE_WAGES] });
      expect(result.fired[0]).toMatchObject({ tierPoints: 25, weight, points });
      expect(result.score).toBe(score);
    });

    it('keeps an unresolved condition at full weight however old', () => {
      expect(scoreWages([januaryOwed(3)], '2024-12-31', { catalog: [W1_LATE_WAGES] }).fired[0]).toMatchObject({ weight: 1, points: 40 });
    });
  });

  describe('custom rules', () => {
    const withRules = (...rules: CustomRule[]) => editedRuleSet((draft) => (draft.customRules = rules));
    const joint = customRule('W1.maxDaysLate >= 20 and W3.workersOwed >= 5', { points: 10, floor: 'ORANGE' });

    it.each`
      daysLate | workersOwed | fires
      ${20}    | ${5}        | ${true}
      ${19}    | ${5}        | ${false}
      ${20}    | ${4}        | ${false}
    `('adds its points and floor when $daysLate days late and $workersOwed owed: $fires', ({ daysLate, workersOwed, fires }) => {
      const result = scoreWages([januaryOwed(workersOwed as number)], addDays('2024-02-10', daysLate as number), { ruleSet: withRules(joint) });
      const w1Points = 25;
      expect(result).toMatchObject(fires ? { score: w1Points + 10, level: 'ORANGE' } : { score: w1Points, level: 'BLUE' });
      expect(result.fired.find((rule) => rule.ruleId === 'X1') ?? null).toEqual(
        fires ? expect.objectContaining({ category: 'wages', points: 10, floor: 'ORANGE', values: { expression: joint.expression } }) : null,
      );
    });

    it.each`
      expression                                  | fires
      ${'W5.value >= 1 or W1.maxDaysLate >= 20'}  | ${true}
      ${'W1.maxDaysLate >= 20 or W5.value >= 1'}  | ${true}
      ${'W5.value >= 1'}                          | ${false}
      ${'W5.value < 1'}                           | ${false}
      ${'W5.workersBelowMinimumWage == 0'}        | ${false}
      ${'W5.value >= 1 and W1.maxDaysLate >= 20'} | ${false}
    `('reads an indicator that measured nothing as false without breaking the rest: $expression fires $fires', ({ expression, fires }) => {
      const result = scoreWages([januaryOwed(5)], '2024-03-01', { ruleSet: withRules(customRule(expression as string)) });
      expect(result.fired.some((rule) => rule.ruleId === 'X1')).toBe(fires);
    });

    it.each(['W1.constructor', 'constructor of W1', 'W1.constructor.name == "Object"', 'W1.__proto__', 'W1.toString', 'W1.hasOwnProperty("value")'])(
      'cannot reach a prototype: %s never fires',
      (expression) => {
        const result = scoreWages([januaryOwed(5)], '2024-03-01', { ruleSet: withRules(customRule(expression)) });
        expect(result.fired.some((rule) => rule.ruleId === 'X1')).toBe(false);
      },
    );

    it('reads the headcount and the sector', () => {
      const ruleSet = withRules(customRule('headcount >= 100 and sector == "construction"', { floor: 'BLUE', points: 0 }));
      expect(scoreWages([], '2024-03-01', { ruleSet, profile: testProfile({ sector: 'construction' }) })).toMatchObject({ score: 0, level: 'BLUE' });
      expect(scoreWages([], '2024-03-01', { ruleSet })).toMatchObject({ level: 'GREEN' });
    });
  });

  it('skips a disabled indicator and names the rule set it scored with', () => {
    const ruleSet = editedRuleSet((draft) => {
      draft.id = 'cn-zj';
      draft.version = 7;
      draft.indicators.W1.enabled = false;
    });
    const result = scoreWages([januaryOwed(3)], '2024-02-18', { ruleSet });
    expect(result).toMatchObject({ score: 0, level: 'GREEN', fired: [], ruleSetId: 'cn-zj', ruleSetVersion: 7, asOf: '2024-02-18' });
  });

  it('explains a fired rule with its values, thresholds, evidence and legal basis', () => {
    const event = januaryOwed(3);
    expect(scoreWages([event], '2024-02-18', { catalog: [W1_LATE_WAGES] }).fired).toEqual([
      {
        ruleId: 'W1',
        title: 'Wages late',
        category: 'wages',
        ruleSetId: 'cn-default',
        ruleSetVersion: 1,
        points: 25,
        tierPoints: 25,
        weight: 1,
        floor: null,
        trigger: false,
        values: { value: 8, maxDaysLate: 8, latePeriods: 1, openPeriods: 1 },
        thresholds: { atLeast: 8, lookbackDays: 180 },
        evidenceEventIds: [event.id],
        legalBasis: W1_LATE_WAGES.defaults.legalBasis,
        summary: 'Wages late: 8 days late (≥ 8): +25',
      },
    ]);
  });
});
