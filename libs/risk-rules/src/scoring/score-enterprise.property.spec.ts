import { wagePaymentV1 } from '@concord/contracts';
import fc from 'fast-check';
import { recorded, scoreInput, testProfile } from '../../test/rules.fixture';
import { type WageHistory, wageHistoryArbitrary } from '../../test/wage-history.arbitrary';
import { type WagePaymentEvent, editedRuleSet, scoreWages } from '../../test/wage-payment.fixture';
import { addDays } from '../calendar-day.util';
import { SECTORS } from '../history/enterprise-profile.model';
import { CATEGORIES } from '../indicators/indicator.model';
import { WAGE_INDICATORS } from '../indicators/wages';
import { LEVELS, type Level, levelRank, maxLevel } from '../level.model';
import { DEFAULT_RULE_SET } from '../rules/default-rule-set';
import type { RiskScore } from './score.model';
import { scoreEnterprise } from './score-enterprise';

/** Nothing ages: evidence keeps full weight and stays in every window, so only new evidence moves the score. */
const NO_AGEING = editedRuleSet((draft) => {
  draft.recency = { fullWeightDays: 100_000, zeroWeightDays: 100_001 };
  for (const config of Object.values(draft.indicators)) if ('lookbackDays' in config.params) config.params.lookbackDays = 100_000;
});

/** W8 reads the calendar too (the season before the Spring Festival ends with the festival): waiting may end it. */
const READING_EVIDENCE_ONLY = WAGE_INDICATORS.filter((definition) => definition.id !== 'W8');

const atLeast = (level: Level, than: Level) => levelRank(level) >= levelRank(than);

function expectNotLower(after: RiskScore, before: RiskScore): void {
  expect(after.score).toBeGreaterThanOrEqual(before.score);
  expect(levelRank(after.level)).toBeGreaterThanOrEqual(levelRank(before.level));
}

/** The history with one event's run owing wages to `more` more workers (each a full wage). */
function owingMoreWorkers({ headcount, events }: WageHistory, index: number, more: number): WagePaymentEvent[] {
  const target = events[index % events.length];
  const { data } = target;
  const wageMinor = data.amountDueMinor / data.workersDue;
  const moreDue = Math.min(more, headcount - data.workersDue);
  const fewerPaid = Math.min(more - moreDue, data.workersPaid);
  const owing = {
    ...data,
    workersDue: data.workersDue + moreDue,
    amountDueMinor: data.amountDueMinor + moreDue * wageMinor,
    workersPaid: data.workersPaid - fewerPaid,
    amountPaidMinor: data.amountPaidMinor - fewerPaid * wageMinor,
  };
  return events.map((event) => (event === target ? { ...event, data: owing } : event));
}

describe('scoreEnterprise properties over wage histories', () => {
  it('generates histories the wage_payment contract accepts', () => {
    fc.assert(
      fc.property(wageHistoryArbitrary, ({ events }) => {
        for (const event of events) expect(wagePaymentV1.data.safeParse(event.data).error).toBeUndefined();
      }),
    );
  });

  it('(a) is order-independent: the same events shuffled, some delivered twice, give the same score', () => {
    const arrivals = wageHistoryArbitrary.chain((history) =>
      fc.subarray(history.events).chain((redelivered) => {
        const deliveries = [...history.events, ...redelivered];
        return fc.record({ history: fc.constant(history), arrived: fc.shuffledSubarray(deliveries, { minLength: deliveries.length }) });
      }),
    );
    fc.assert(
      fc.property(arrivals, ({ history, arrived }) => {
        expect(scoreWages(arrived, history.asOf)).toEqual(scoreWages(history.events, history.asOf));
      }),
    );
  });

  describe('(b) is monotonic in evidence', () => {
    it('waiting longer without a payment never lowers the score or the level (nothing ageing)', () => {
      fc.assert(
        fc.property(wageHistoryArbitrary, fc.integer({ min: 1, max: 90 }), ({ events, asOf }, days) => {
          const scoreOn = (day: string) => scoreWages(events, day, { ruleSet: NO_AGEING, catalog: READING_EVIDENCE_ONLY });
          expectNotLower(scoreOn(addDays(asOf, days)), scoreOn(asOf));
        }),
      );
    });

    it('waiting longer never lowers the score or the level while no wages were ever paid (default ageing)', () => {
      const unpaidOnly = wageHistoryArbitrary.filter(({ events }) => events.every((event) => event.data.actualPayDate === null && event.data.workersBelowMinimumWage === undefined));
      fc.assert(
        fc.property(unpaidOnly, fc.integer({ min: 1, max: 90 }), ({ events, asOf }, days) => {
          const scoreOn = (day: string) => scoreWages(events, day, { catalog: READING_EVIDENCE_ONLY });
          expectNotLower(scoreOn(addDays(asOf, days)), scoreOn(asOf));
        }),
      );
    });

    it('owing more workers never lowers the score or the level', () => {
      fc.assert(
        fc.property(wageHistoryArbitrary.filter(({ events }) => events.length > 0), fc.nat(), fc.integer({ min: 1, max: 20 }), (history, index, more) => {
          expectNotLower(scoreWages(owingMoreWorkers(history, index, more), history.asOf), scoreWages(history.events, history.asOf));
        }),
      );
    });

    it('an event of an unrelated type never lowers the score or the level', () => {
      fc.assert(
        fc.property(wageHistoryArbitrary, fc.integer({ min: 0, max: 60 }), fc.boolean(), ({ events, asOf }, daysBefore, resolved) => {
          const day = addDays(asOf, -daysBefore);
          const complaint = recorded('concord.hr.complaint.v1', day, {
            channel: 'hotline_12351',
            category: 'pay',
            coSigners: 3,
            anonymous: true,
            text: 'Wages for last month not paid.',
            receivedAt: `${day}T09:00:00+08:00`,
            resolvedAt: resolved ? `${asOf}T09:00:00+08:00` : null,
          });
          // The whole catalog: whatever reads complaints may only add to what the wages say.
          const before = scoreEnterprise(scoreInput(events, asOf));
          expectNotLower(scoreEnterprise(scoreInput([...events, complaint], asOf)), before);
        }),
      );
    });
  });

  const scored = fc.record({
    history: wageHistoryArbitrary,
    sector: fc.constantFrom(...SECTORS),
    siblingLevels: fc.array(fc.constantFrom(...LEVELS), { maxLength: 3 }),
  });

  it('(c) holds every category cap, and the score within Σ caps × multiplier + group points', () => {
    fc.assert(
      fc.property(scored, ({ history, sector, siblingLevels }) => {
        const result = scoreWages(history.events, history.asOf, { profile: testProfile({ sector }), siblingLevels });
        const ruleSet = DEFAULT_RULE_SET;
        for (const [category, score] of Object.entries(result.categories)) {
          expect(score.cap).toBe(ruleSet.categoryCaps[category as (typeof CATEGORIES)[number]]);
          expect(score.capped).toBe(Math.min(score.raw, score.cap));
        }
        const sumOfCaps = CATEGORIES.reduce((sum, category) => sum + ruleSet.categoryCaps[category], 0);
        expect(result.score).toBeLessThanOrEqual(sumOfCaps * result.sectorMultiplier + result.groupPoints);
        expect(result.score).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('(d) sets the level at least at the band and every floor a mitigation does not cap, and never below a trigger', () => {
    fc.assert(
      fc.property(scored, ({ history, sector, siblingLevels }) => {
        const result = scoreWages(history.events, history.asOf, { profile: testProfile({ sector }), siblingLevels });
        const capped = (level: Level) => (result.ceiling && !atLeast(result.ceiling, level) ? result.ceiling : level);
        expect(atLeast(result.level, capped(result.band))).toBe(true);
        for (const rule of result.fired) {
          if (rule.floor) expect(atLeast(result.level, rule.trigger ? rule.floor : capped(rule.floor))).toBe(true);
        }
        const triggers = result.fired.filter((rule) => rule.trigger).map((rule) => rule.floor as Level);
        if (result.ceiling) expect(atLeast(maxLevel(result.ceiling, ...triggers), result.level)).toBe(true);
      }),
    );
  });
});
