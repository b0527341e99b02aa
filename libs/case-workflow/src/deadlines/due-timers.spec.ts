import { HOUR, T0, caseIn, newCase, run } from '../../test/case.fixture';
import { applyTransition } from '../state-machine/apply-transition';
import { CASE_STAGES } from '../state-machine/case-stage.model';
import { DEFAULT_DEADLINE_OPTIONS } from './deadline-options.model';
import { dueTimers } from './due-timers';

const summary = (timers: ReturnType<typeof dueTimers>) => timers.map((t) => `${t.kind} ${t.at.toISOString()}`);

// The fixture's case was received on Monday 3 March 2025, 10:00 in Shanghai; the worker knew of
// the infringement on 1 February 2025.
describe('dueTimers', () => {
  it('watches the mediation period, the centre head’s day 10 and the limitation from intake', () => {
    expect(summary(dueTimers(newCase()))).toEqual([
      'centre_head_warning 2025-03-12T16:00:00.000Z',
      'mediation_overdue 2025-03-18T16:00:00.000Z',
      // 1 Feb 2026 is a Sunday: the limitation ends on Monday 2 February, warned 30 days before.
      'limitation_warning 2026-01-03T16:00:00.000Z',
    ]);
  });

  it('adds the acceptance period while a case is assigned', () => {
    // Assigned Monday noon: Tuesday, Wednesday, Thursday.
    expect(summary(dueTimers(caseIn('assigned')))[0]).toBe('acceptance_overdue 2025-03-06T16:00:00.000Z');
    expect(dueTimers(caseIn('accepted')).map((t) => t.kind)).toEqual(['centre_head_warning', 'mediation_overdue', 'limitation_warning']);
  });

  it('stops warning the centre head once a mediation meeting has been held', () => {
    expect(dueTimers(caseIn('in_mediation')).map((t) => t.kind)).toEqual(['mediation_overdue', 'limitation_warning']);
  });

  it('checks performance on the agreed date, and nothing else but the limitation', () => {
    expect(dueTimers(caseIn('performance_monitoring')).map((t) => t.kind)).toEqual(['performance_check', 'limitation_warning']);
  });

  it('keeps only the limitation watchdog after a failure, and nothing once closed or in arbitration', () => {
    expect(dueTimers(caseIn('failed')).map((t) => t.kind)).toEqual(['limitation_warning']);
    expect(dueTimers(caseIn('closed'))).toEqual([]);
    expect(dueTimers(caseIn('arbitration'))).toEqual([]);
  });

  it('has no limitation watchdog when no limitation runs (wages while employed)', () => {
    expect(dueTimers(newCase({ limitationFrom: null })).map((t) => t.kind)).toEqual(['centre_head_warning', 'mediation_overdue']);
  });

  it('moves the mediation timer, under a new job id, when the period is extended', () => {
    const before = dueTimers(caseIn('in_mediation'))[0];
    const extended = applyTransition(caseIn('in_mediation'), { type: 'extend', workersConsent: true, employerConsent: true }, new Date(T0.getTime() + 10 * HOUR));
    const after = extended.ok ? dueTimers(extended.state)[0] : null;
    expect(before).toMatchObject({ kind: 'mediation_overdue', jobId: `case-case-1-mediation_overdue-${Date.parse('2025-03-18T16:00:00Z')}` });
    // 3 March + 30 days = 2 April, a Wednesday.
    expect(after).toMatchObject({ kind: 'mediation_overdue', at: new Date('2025-04-02T16:00:00Z') });
    expect(after?.jobId).not.toBe(before.jobId);
  });

  it('starts the next tier’s clocks from escalation', () => {
    const escalatedAt = new Date('2025-03-20T02:00:00Z');
    const escalated = run(caseIn('failed'), [{ type: 'escalate' }], escalatedAt);
    // 20 March + 15 = Friday 4 April, Qingming (4–6 April off): the period ends Monday 7 April.
    expect(summary(dueTimers(escalated)).slice(0, 2)).toEqual(['centre_head_warning 2025-03-29T16:00:00.000Z', 'mediation_overdue 2025-04-07T16:00:00.000Z']);
  });

  it('gives fixed job ids without colons, for every stage', () => {
    for (const stage of CASE_STAGES) {
      const timers = dueTimers(caseIn(stage));
      expect(dueTimers(caseIn(stage))).toEqual(timers);
      for (const timer of timers) expect(timer.jobId).toMatch(/^case-case-1-[a-z_]+-\d+$/);
    }
  });

  it('takes short periods from the options', () => {
    const short = { ...DEFAULT_DEADLINE_OPTIONS, mediationDays: 2, centreHeadWarningDay: 1, limitationYears: 1, limitationWarningDays: 1 };
    expect(summary(dueTimers(newCase({ limitationFrom: null }), short))).toEqual([
      'centre_head_warning 2025-03-03T16:00:00.000Z',
      'mediation_overdue 2025-03-05T16:00:00.000Z',
    ]);
  });
});
