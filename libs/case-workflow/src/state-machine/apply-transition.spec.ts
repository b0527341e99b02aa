import { HOUR, T0, caseIn, newCase, run } from '../../test/case.fixture';
import { applyTransition } from './apply-transition';
import type { CaseCommand } from './case-command.model';
import type { CaseState } from './case-state.model';
import { COLLECTIVE_DISPUTE_MIN_WORKERS, isCollective } from './collective.policy';
import { nextTier } from './tier-escalation.policy';

const at = new Date(T0.getTime() + 10 * HOUR);
const apply = (state: CaseState, command: CaseCommand, when = at) => applyTransition(state, command, when);
const stateOf = (state: CaseState, command: CaseCommand, when = at) => {
  const result = apply(state, command, when);
  if (!result.ok) throw new Error(result.error.message);
  return result.state;
};
const errorOf = (state: CaseState, command: CaseCommand, when = at) => {
  const result = apply(state, command, when);
  return result.ok ? null : result.error;
};
const collectiveCase = () => run(newCase(), [{ type: 'triage', workerCount: 12, commonClaim: true }]);

describe('applyTransition', () => {
  it('takes a case from intake to closed, recording each step', () => {
    const commands: CaseCommand[] = [
      { type: 'triage', workerCount: 1, commonClaim: false },
      { type: 'assign', mediatorIds: ['m-1'], reason: 'best score' },
      { type: 'accept', mediatorId: 'm-1' },
      { type: 'start_mediation' },
      { type: 'reach_agreement' },
      { type: 'monitor_performance', performBy: new Date(T0.getTime() + 300 * HOUR) },
      { type: 'confirm_performance' },
    ];
    let state = newCase();
    const log: string[] = [];
    commands.forEach((command, i) => {
      const result = apply(state, command, new Date(T0.getTime() + (i + 1) * HOUR));
      if (!result.ok) throw new Error(result.error.message);
      log.push(`${result.transition.from} → ${result.transition.to}: ${result.transition.note}`);
      state = result.state;
    });
    expect(log).toEqual([
      'intake → triage: triaged as individual (1 worker, no common claim); enterprise tier',
      'triage → assigned: assigned m-1: best score',
      'assigned → accepted: m-1 accepted',
      'accepted → in_mediation: first mediation meeting held',
      'in_mediation → agreement: mediation agreement reached',
      'agreement → performance_monitoring: performance monitored until 2025-03-15T14:00:00.000Z',
      'performance_monitoring → closed: agreement performed; case closed',
    ]);
    expect(state).toMatchObject({ stage: 'closed', mediatorIds: [], firstMeetingAt: new Date(T0.getTime() + 4 * HOUR) });
  });

  describe('triage', () => {
    it('makes a dispute of 10 or more workers with a common claim collective, at street tier at least', () => {
      expect(COLLECTIVE_DISPUTE_MIN_WORKERS).toBe(10);
      expect([isCollective(9, true), isCollective(10, true), isCollective(50, false)]).toEqual([false, true, false]);
      const result = apply(newCase(), { type: 'triage', workerCount: 10, commonClaim: true });
      expect(result).toMatchObject({
        ok: true,
        state: { stage: 'triage', collective: true, workerCount: 10, tier: 'street' },
        transition: { note: 'triaged as collective (10 workers with a common claim, 10 or more); street tier' },
      });
    });

    it('keeps the tier a severe level asked for', () => {
      expect(stateOf(newCase({ level: 'RED' }), { type: 'triage', workerCount: 2, commonClaim: true }).tier).toBe('street');
    });

    it('refuses a worker count that is not a whole number of at least 1', () => {
      expect(errorOf(newCase(), { type: 'triage', workerCount: 0, commonClaim: true })).toMatchObject({
        code: 'invalid_command',
        message: "cannot triage a case in stage 'intake' (triage): workerCount must be a whole number of at least 1; got 0",
      });
      expect(errorOf(newCase(), { type: 'triage', workerCount: 2.5, commonClaim: true })?.code).toBe('invalid_command');
    });
  });

  describe('assignment', () => {
    it('seats one mediator on an individual case and a panel of three on a collective one', () => {
      expect(errorOf(caseIn('triage'), { type: 'assign', mediatorIds: ['m-1', 'm-2'] })).toMatchObject({
        code: 'invalid_assignment',
        message: "cannot assign a case in stage 'triage' (assign): an individual case needs exactly 1 mediator; got 2",
      });
      expect(errorOf(collectiveCase(), { type: 'assign', mediatorIds: ['m-1'] })?.message).toMatch(/a collective case needs a panel of 3 mediators; got 1$/);
      expect(errorOf(collectiveCase(), { type: 'assign', mediatorIds: ['m-1', 'm-2', 'm-1'] })?.message).toMatch(/mediator m-1 is listed twice$/);
      expect(stateOf(collectiveCase(), { type: 'assign', mediatorIds: ['m-1', 'm-2', 'm-3'] })).toMatchObject({ stage: 'assigned', assignedAt: at });
    });

    it('waits for every panel member to accept', () => {
      let state = run(collectiveCase(), [{ type: 'assign', mediatorIds: ['m-1', 'm-2', 'm-3'] }]);
      const first = apply(state, { type: 'accept', mediatorId: 'm-2' });
      expect(first).toMatchObject({ ok: true, state: { stage: 'assigned', acceptedBy: ['m-2'] }, transition: { note: 'm-2 accepted; waiting for m-1, m-3' } });
      state = run(state, [{ type: 'accept', mediatorId: 'm-2' }, { type: 'accept', mediatorId: 'm-1' }, { type: 'accept', mediatorId: 'm-3' }]);
      expect(state.stage).toBe('accepted');
    });

    it('refuses acceptance by someone not on the case, or twice', () => {
      const state = run(collectiveCase(), [{ type: 'assign', mediatorIds: ['m-1', 'm-2', 'm-3'] }, { type: 'accept', mediatorId: 'm-1' }]);
      expect(errorOf(state, { type: 'accept', mediatorId: 'm-9' })).toMatchObject({
        code: 'not_on_case',
        message: "cannot accept a case in stage 'assigned' (accept): mediator m-9 is not assigned to this case (assigned: m-1, m-2, m-3)",
      });
      expect(errorOf(state, { type: 'accept', mediatorId: 'm-1' })?.code).toBe('already_accepted');
    });

    it('sends a declined case back to triage and never lets the decliner back on it', () => {
      const declined = stateOf(caseIn('assigned'), { type: 'decline', mediatorId: 'm-1', reason: 'on leave next week' });
      expect(declined).toMatchObject({ stage: 'triage', mediatorIds: [], assignedAt: null, excludedMediatorIds: ['m-1'] });
      expect(errorOf(declined, { type: 'assign', mediatorIds: ['m-1'] })).toMatchObject({
        code: 'invalid_assignment',
        message: "cannot assign a case in stage 'triage' (assign): m-1 may not serve on this case (recused, declined or let the acceptance period pass)",
      });
    });

    it('reassigns the members who have not accepted, keeps those who have, and restarts the acceptance period', () => {
      const state = run(collectiveCase(), [{ type: 'assign', mediatorIds: ['m-1', 'm-2', 'm-3'] }, { type: 'accept', mediatorId: 'm-1' }]);
      const result = apply(state, { type: 'reassign', mediatorIds: ['m-1', 'm-4', 'm-5'], reason: 'acceptance period passed' });
      expect(result).toMatchObject({
        ok: true,
        state: { stage: 'assigned', mediatorIds: ['m-1', 'm-4', 'm-5'], acceptedBy: ['m-1'], assignedAt: at, excludedMediatorIds: ['m-2', 'm-3'] },
        transition: { note: 'reassigned: m-2, m-3 replaced by m-4, m-5 (acceptance period passed)' },
      });
      expect(errorOf(state, { type: 'reassign', mediatorIds: ['m-1', 'm-2', 'm-5'] })?.message).toMatch(
        /a reassignment must replace every mediator who has not accepted; m-2 would stay$/,
      );
    });

    it('recuses a serving mediator back to triage, from mediation too, keeping the period running from receipt', () => {
      const inMediation = caseIn('in_mediation');
      const result = apply(inMediation, { type: 'recuse', mediatorId: 'm-1', requestedBy: 'employer', reason: 'former colleague' });
      expect(result).toMatchObject({
        ok: true,
        state: { stage: 'triage', mediatorIds: [], excludedMediatorIds: ['m-1'], receivedAt: inMediation.receivedAt, firstMeetingAt: inMediation.firstMeetingAt },
        transition: { note: 'm-1 recused at the employer’s request (former colleague); back to triage for a new assignment' },
      });
      const resumed = run(result.ok ? result.state : inMediation, [
        { type: 'assign', mediatorIds: ['m-2'] },
        { type: 'accept', mediatorId: 'm-2' },
        { type: 'start_mediation' },
      ]);
      expect(resumed).toMatchObject({ stage: 'in_mediation', firstMeetingAt: inMediation.firstMeetingAt });
    });

    it('records a recusal asked for before anyone is seated as an exclusion only', () => {
      expect(apply(caseIn('triage'), { type: 'recuse', mediatorId: 'm-7', requestedBy: 'workers' })).toMatchObject({
        ok: true,
        state: { stage: 'triage', excludedMediatorIds: ['m-7'] },
        transition: { note: 'm-7 recused at the workers’ request; excluded from the case' },
      });
    });
  });

  describe('extension', () => {
    it('needs both parties’ consent', () => {
      expect(errorOf(caseIn('in_mediation'), { type: 'extend', workersConsent: true, employerConsent: false })).toMatchObject({
        code: 'consent_missing',
        message: "cannot extend a case in stage 'in_mediation' (extend): an extension needs the consent of both parties; missing: the employer’s",
      });
      expect(errorOf(caseIn('in_mediation'), { type: 'extend', workersConsent: false, employerConsent: false })?.message).toMatch(
        /missing: the workers’ and the employer’s$/,
      );
    });

    it('adds 15 days by default, or the days agreed', () => {
      const extended = stateOf(caseIn('in_mediation'), { type: 'extend', workersConsent: true, employerConsent: true });
      expect(extended.extensionDays).toBe(15);
      expect(stateOf(extended, { type: 'extend', workersConsent: true, employerConsent: true, days: 5 }).extensionDays).toBe(20);
      expect(errorOf(extended, { type: 'extend', workersConsent: true, employerConsent: true, days: 0 })?.code).toBe('invalid_command');
    });

    it('is refused once the mediation period has ended', () => {
      // Received Monday 3 March 2025; 15 days end at 24:00 on Tuesday 18 March, Shanghai time.
      const end = new Date('2025-03-18T16:00:00Z');
      expect(apply(caseIn('in_mediation'), { type: 'extend', workersConsent: true, employerConsent: true }, new Date(end.getTime() - 1)).ok).toBe(true);
      expect(errorOf(caseIn('in_mediation'), { type: 'extend', workersConsent: true, employerConsent: true }, end)).toMatchObject({
        code: 'deadline_passed',
        message: "cannot extend a case in stage 'in_mediation' (extend): the mediation period ended at 2025-03-18T16:00:00.000Z; it can no longer be extended",
      });
    });
  });

  describe('failure and escalation', () => {
    it('climbs enterprise → street → county, each tier receiving the case afresh, then goes to arbitration', () => {
      expect([nextTier('enterprise'), nextTier('street'), nextTier('county')]).toEqual(['street', 'county', 'arbitration']);
      let state = stateOf(caseIn('in_mediation'), { type: 'extend', workersConsent: true, employerConsent: true });
      const tiers: string[] = [state.tier];
      for (const hop of [1, 2]) {
        const when = new Date(T0.getTime() + hop * 400 * HOUR);
        state = run(state, [{ type: 'fail', reason: 'mediation_period_expired' }, { type: 'escalate' }], when);
        expect(state).toMatchObject({ stage: 'escalated', receivedAt: new Date(when.getTime() + HOUR), extensionDays: 0, firstMeetingAt: null, failure: null, mediatorIds: [] });
        tiers.push(state.tier);
        state = run(state, [{ type: 'assign', mediatorIds: [`m-tier-${hop}`] }, { type: 'accept', mediatorId: `m-tier-${hop}` }, { type: 'start_mediation' }], when);
      }
      expect(tiers).toEqual(['enterprise', 'street', 'county']);
      const failed = stateOf(state, { type: 'fail', reason: 'no_agreement' });
      expect(apply(failed, { type: 'escalate' })).toMatchObject({
        ok: true,
        state: { stage: 'arbitration', tier: 'county' },
        transition: { note: 'the county federation is the highest mediation tier; referred to arbitration' },
      });
    });

    it('records why mediation failed and frees the mediators', () => {
      expect(apply(caseIn('performance_monitoring'), { type: 'fail', reason: 'agreement_not_performed', note: 'first instalment missed' })).toMatchObject({
        ok: true,
        state: { stage: 'failed', failure: { reason: 'agreement_not_performed', at }, mediatorIds: [] },
        transition: { note: 'mediation failed: the agreement was not performed (first instalment missed)' },
      });
      expect(errorOf(caseIn('in_mediation'), { type: 'fail', reason: 'bored' as never })?.code).toBe('invalid_command');
    });
  });

  it('refuses an unknown command or an invalid instant instead of throwing', () => {
    expect(errorOf(caseIn('triage'), { type: 'teleport' } as never)).toMatchObject({ code: 'invalid_command', message: "cannot apply unknown command 'teleport' to a case in stage 'triage'" });
    expect(errorOf(caseIn('accepted'), { type: 'start_mediation' }, new Date(Number.NaN))?.code).toBe('invalid_command');
    expect(errorOf(caseIn('agreement'), { type: 'monitor_performance', performBy: new Date(at.getTime() - 1) })?.code).toBe('invalid_command');
  });

  it('refuses to open a case without a valid receipt instant', () => {
    expect(() => newCase({ receivedAt: new Date(Number.NaN) })).toThrow('case case-1: receivedAt is not a valid instant');
  });

  it('never changes the state it is given', () => {
    const state = caseIn('assigned');
    const snapshot = structuredClone(state);
    apply(state, { type: 'decline', mediatorId: 'm-1' });
    apply(state, { type: 'accept', mediatorId: 'm-1' });
    expect(state).toEqual(snapshot);
  });
});
