import { caseIn, newCase } from '../../test/case.fixture';
import { countDeadlinesAtRisk, deadlinesAtRisk } from './deadlines-at-risk';

const at = (iso: string) => new Date(iso);
const risks = (state: Parameters<typeof deadlinesAtRisk>[0], now: string) => deadlinesAtRisk(state, at(now)).map((d) => `${d.kind} ${d.risk}`);

// The fixture's case was received on Monday 3 March 2025, 10:00 in Shanghai; the worker knew of
// the infringement on 1 February 2025. Its acceptance period ends Thursday 6 March 24:00 local
// (16:00Z), its mediation period Tuesday 18 March 24:00, its limitation Monday 2 February 2026 24:00.
describe('deadlinesAtRisk', () => {
  it('flags acceptance from the start of its last day, and as overdue from 24:00 on', () => {
    const assigned = caseIn('assigned');
    expect(risks(assigned, '2025-03-05T15:59:59Z')).toEqual([]);
    expect(risks(assigned, '2025-03-05T16:00:00Z')).toEqual(['acceptance due_soon']);
    expect(risks(assigned, '2025-03-06T16:00:00Z')).toEqual(['acceptance overdue']);
  });

  it('forgets the acceptance period once the seat is accepted', () => {
    expect(risks(caseIn('accepted'), '2025-03-07T00:00:00Z')).toEqual([]);
  });

  it('flags the mediation period on its last day, not from the centre head’s warning on day 10', () => {
    const inMediation = caseIn('in_mediation');
    expect(risks(caseIn('intake'), '2025-03-14T00:00:00Z')).toEqual([]);
    expect(risks(inMediation, '2025-03-17T16:00:00Z')).toEqual(['mediation due_soon']);
    expect(deadlinesAtRisk(inMediation, at('2025-03-19T00:00:00Z'))).toEqual([{ kind: 'mediation', risk: 'overdue', dueAt: at('2025-03-18T16:00:00Z') }]);
  });

  it('flags an agreement not confirmed performed by its date', () => {
    // Performance was agreed for 2 April 2025, 10:00 in Shanghai.
    const monitored = caseIn('performance_monitoring');
    expect(risks(monitored, '2025-04-01T01:59:59Z')).toEqual([]);
    expect(risks(monitored, '2025-04-01T02:00:00Z')).toEqual(['performance due_soon']);
    expect(risks(monitored, '2025-04-02T02:00:00Z')).toEqual(['performance overdue']);
  });

  it('flags the limitation from the watchdog’s warning, 30 days before it ends', () => {
    const failed = caseIn('failed');
    expect(risks(failed, '2026-01-03T15:59:59Z')).toEqual([]);
    expect(deadlinesAtRisk(failed, at('2026-01-10T00:00:00Z'))).toEqual([{ kind: 'limitation', risk: 'due_soon', dueAt: at('2026-02-02T16:00:00Z') }]);
    expect(risks(failed, '2026-02-02T16:00:00Z')).toEqual(['limitation overdue']);
  });

  it('has nothing at risk once the case is closed or in arbitration, however late it is', () => {
    expect(risks(caseIn('closed'), '2027-01-01T00:00:00Z')).toEqual([]);
    expect(risks(caseIn('arbitration'), '2027-01-01T00:00:00Z')).toEqual([]);
  });

  it('has no limitation at risk where none runs (wages while employed)', () => {
    expect(risks(newCase({ limitationFrom: null }), '2027-01-01T00:00:00Z')).toEqual(['mediation overdue']);
  });
});

describe('countDeadlinesAtRisk', () => {
  it('counts per kind and risk, with a zero for every pair no case has', () => {
    const counts = countDeadlinesAtRisk([caseIn('assigned'), caseIn('assigned'), caseIn('in_mediation'), caseIn('closed')], at('2025-03-06T00:00:00Z'));
    expect(counts).toEqual({
      acceptance: { due_soon: 2, overdue: 0 },
      mediation: { due_soon: 0, overdue: 0 },
      performance: { due_soon: 0, overdue: 0 },
      limitation: { due_soon: 0, overdue: 0 },
    });
  });
});
