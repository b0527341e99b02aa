import fc from 'fast-check';
import { deriveWageFeatures } from './wage-features.deriver';
import type { WagePaymentFact } from './wage-payment.model';

const asOf = new Date('2024-03-16T00:00:00Z');

function fact(overrides: Partial<WagePaymentFact> & Pick<WagePaymentFact, 'eventId'>): WagePaymentFact {
  return {
    period: '2024-01',
    scheduledPayDate: '2024-02-10',
    actualPayDate: null,
    headcount: 100,
    workersDue: 100,
    workersPaid: 88,
    amountDueMinor: 50_000_000,
    amountPaidMinor: 44_000_000,
    ...overrides,
  };
}

describe('deriveWageFeatures', () => {
  it('measures open arrears up to the as-of day', () => {
    expect(deriveWageFeatures([fact({ eventId: 'e1' })], asOf)).toEqual({
      asOf: '2024-03-16',
      headcount: 100,
      maxDaysLate: 35,
      workersOwed: 12,
      openArrearsPeriods: ['2024-01'],
      evidenceEventIds: ['e1'],
    });
  });

  it('reports no arrears for no facts', () => {
    expect(deriveWageFeatures([], asOf)).toEqual({
      asOf: '2024-03-16',
      headcount: 0,
      maxDaysLate: 0,
      workersOwed: 0,
      openArrearsPeriods: [],
      evidenceEventIds: [],
    });
  });

  it('closes a period once a fact says everyone was paid', () => {
    const unpaid = fact({ eventId: 'e1' });
    const paid = fact({ eventId: 'e2', actualPayDate: '2024-03-01', workersPaid: 100, amountPaidMinor: 50_000_000 });
    expect(deriveWageFeatures([paid, unpaid], asOf)).toMatchObject({ maxDaysLate: 0, workersOwed: 0, openArrearsPeriods: [] });
  });

  it('keeps a period open when payment came but not for everyone, counting days to that payment', () => {
    const partly = fact({ eventId: 'e1', actualPayDate: '2024-02-20', workersPaid: 90 });
    expect(deriveWageFeatures([partly], asOf)).toMatchObject({ maxDaysLate: 10, workersOwed: 10, evidenceEventIds: ['e1'] });
  });

  it('ignores a fact that a later one supersedes', () => {
    const wrong = fact({ eventId: 'e1', workersPaid: 0 });
    const corrected = fact({ eventId: 'e2', supersedes: 'e1', workersPaid: 95 });
    expect(deriveWageFeatures([corrected, wrong], asOf)).toMatchObject({ workersOwed: 5, evidenceEventIds: ['e2'] });
  });

  it('treats a redelivered fact as one', () => {
    const once = fact({ eventId: 'e1' });
    expect(deriveWageFeatures([once, { ...once }], asOf)).toEqual(deriveWageFeatures([once], asOf));
  });

  it('does not count a run whose pay date has not passed yet', () => {
    const upcoming = fact({ eventId: 'e1', period: '2024-02', scheduledPayDate: '2024-03-16', workersPaid: 0 });
    expect(deriveWageFeatures([upcoming], asOf)).toMatchObject({ workersOwed: 0, openArrearsPeriods: [] });
  });

  it('takes headcount from the latest run by pay date and the worst figures across open periods', () => {
    const january = fact({ eventId: 'e9', headcount: 100, workersPaid: 70 });
    const february = fact({ eventId: 'e1', period: '2024-02', scheduledPayDate: '2024-03-10', headcount: 120, workersDue: 120, workersPaid: 110 });
    expect(deriveWageFeatures([january, february], asOf)).toMatchObject({
      headcount: 120,
      maxDaysLate: 35,
      workersOwed: 30,
      openArrearsPeriods: ['2024-01', '2024-02'],
      evidenceEventIds: ['e1', 'e9'],
    });
  });

  it('gives the same features for any order of the same facts', () => {
    const day = fc.integer({ min: 0, max: 120 }).map((offset) => isoDay(new Date('2024-01-01T00:00:00Z'), offset));
    const factArb = fc
      .record({
        period: fc.constantFrom('2024-01', '2024-02', '2024-03'),
        scheduledPayDate: day,
        paidAfter: fc.option(fc.integer({ min: -3, max: 60 }), { nil: null }),
        headcount: fc.integer({ min: 1, max: 500 }),
        workersDue: fc.integer({ min: 0, max: 500 }),
        workersPaid: fc.integer({ min: 0, max: 500 }),
        supersedes: fc.option(fc.integer({ min: 0, max: 15 }), { nil: undefined }),
      })
      .map((r) => ({ ...r, actualPayDate: r.paidAfter === null ? null : isoDay(new Date(`${r.scheduledPayDate}T00:00:00Z`), r.paidAfter) }));
    const factsArb = fc.array(factArb, { maxLength: 15 }).map((raw) =>
      raw.map(({ paidAfter: _ignored, supersedes, ...r }, i) =>
        fact({ ...r, eventId: `e${i}`, supersedes: supersedes === undefined ? undefined : `e${supersedes}` }),
      ),
    );
    const asOfArb = fc.integer({ min: 0, max: 200 }).map((offset) => new Date(Date.UTC(2024, 0, 1 + offset)));

    fc.assert(
      fc.property(
        factsArb.chain((facts) => fc.tuple(fc.constant(facts), fc.shuffledSubarray(facts, { minLength: facts.length }))),
        asOfArb,
        ([facts, shuffled], at) => {
          expect(deriveWageFeatures(shuffled, at)).toEqual(deriveWageFeatures(facts, at));
        },
      ),
    );
  });
});

function isoDay(from: Date, offsetDays: number): string {
  return new Date(from.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}
