import { HR_EVENT_EXAMPLES, type HrEventType } from '@concord/contracts';
import fc from 'fast-check';
import { recorded, scoreInput } from '../../test/rules.fixture';
import { editedRuleSet } from '../../test/wage-payment.fixture';
import { addDays } from '../calendar-day.util';
import { EnterpriseHistory, type HrEventData, type RecordedEvent } from '../history/enterprise-history';
import { type DayLevels, assessRisk, forgetDaysBefore, forgetDaysFrom } from './assess-risk';

const HR_TYPES = Object.keys(HR_EVENT_EXAMPLES) as HrEventType[];
const FIRST_DAY = '2025-09-01';

/** Narrow bands, so the few points of the examples move levels up and down from day to day. */
const SENSITIVE = editedRuleSet((draft) => {
  draft.bands = [
    { level: 'GREEN', minScore: 0 },
    { level: 'BLUE', minScore: 2 },
    { level: 'YELLOW', minScore: 6 },
    { level: 'ORANGE', minScore: 12 },
    { level: 'RED', minScore: 30 },
  ];
});

/** Every contract's example payload on a random business day within five months, some correcting an earlier event. */
const mixedEvents = fc
  .array(fc.record({ type: fc.constantFrom(...HR_TYPES), offset: fc.nat(150), supersedesEarlier: fc.boolean(), arrival: fc.nat(5) }), { minLength: 1, maxLength: 25 })
  .map((specs) =>
    specs.map(({ type, offset, supersedesEarlier, arrival }, index) => {
      const data = { ...HR_EVENT_EXAMPLES[type] } as Record<string, unknown>;
      if (supersedesEarlier && index > 0) data.supersedes = `memo-${String(index - 1).padStart(3, '0')}`;
      return { event: recorded(type, addDays(FIRST_DAY, offset), data as HrEventData<typeof type>, `memo-${String(index).padStart(3, '0')}`), arrival };
    }),
  );

/** Arrival batches in arrival order (late and out-of-order events included), as the engine receives them. */
function batches(events: { event: RecordedEvent; arrival: number }[]): RecordedEvent[][] {
  return [0, 1, 2, 3, 4, 5].map((arrival) => events.filter((e) => e.arrival === arrival).map((e) => e.event)).filter((batch) => batch.length > 0);
}

describe('assessRisk with a kept DayLevels memo', () => {
  it('assesses every arrival exactly as a fresh assessment of the whole history would', () => {
    fc.assert(
      fc.property(mixedEvents, (events) => {
        let history = EnterpriseHistory.of([]);
        const seen: RecordedEvent[] = [];
        const kept: DayLevels = new Map();
        for (const batch of batches(events)) {
          seen.push(...batch);
          const next = history.withEvents(batch);
          expect(next.events).toEqual(EnterpriseHistory.of(seen).events);
          const changedFrom = history.firstDifferenceDay(next);
          if (changedFrom !== undefined) forgetDaysFrom(kept, changedFrom);
          history = next;
          const asOf = history.lastDay() as string;
          const fresh = assessRisk({ ...scoreInput([], asOf, { ruleSet: SENSITIVE }), history });
          expect(assessRisk({ ...scoreInput([], asOf, { ruleSet: SENSITIVE }), history }, kept)).toEqual(fresh);
          forgetDaysBefore(kept, addDays(asOf, -SENSITIVE.hysteresisDays));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('finds the first day two histories differ on, or none for the same history', () => {
    const early = recorded('concord.hr.complaint.v1', '2025-10-01', HR_EVENT_EXAMPLES['concord.hr.complaint.v1']);
    const late = recorded('concord.hr.complaint.v1', '2025-11-01', HR_EVENT_EXAMPLES['concord.hr.complaint.v1']);
    const base = EnterpriseHistory.of([late]);
    expect(base.firstDifferenceDay(EnterpriseHistory.of([late]))).toBeUndefined();
    expect(base.firstDifferenceDay(base.withEvents([early]))).toBe('2025-10-01');
    expect(EnterpriseHistory.of([early]).firstDifferenceDay(EnterpriseHistory.of([early]).withEvents([late]))).toBe('2025-11-01');
  });
});
