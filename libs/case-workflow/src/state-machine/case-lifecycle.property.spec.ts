import fc from 'fast-check';
import { MEDIATOR_TIERS } from '@concord/assignment';
import { T0, newCase, wellFormed } from '../../test/case.fixture';
import { dueTimers } from '../deadlines/due-timers';
import { applyTransition } from './apply-transition';
import { FAILURE_REASONS, type CaseCommand } from './case-command.model';
import type { CaseStage } from './case-stage.model';
import type { CaseState } from './case-state.model';
import { ALLOWED_FROM, CASE_COMMAND_TYPES } from './transition-table';

const POOL = ['m-1', 'm-2', 'm-3', 'm-4', 'm-5', 'm-6'];
// '@seat' and '@fit' are filled in from the case when the command is applied (see `resolve`), so
// that scripts reach deep stages often instead of stumbling on random mediator ids.
const ids = fc.constantFrom(...POOL, '@seat', '@seat');
const seats = fc.oneof(fc.constant(['@fit']), fc.constant(['@fit']), fc.array(fc.constantFrom(...POOL), { maxLength: 4 }));
const often = <T>(arbitrary: fc.Arbitrary<T>) => ({ arbitrary, weight: 4 });
const rarely = <T>(arbitrary: fc.Arbitrary<T>) => ({ arbitrary, weight: 1 });
const commandArb: fc.Arbitrary<CaseCommand> = fc.oneof(
  often(fc.record({ type: fc.constant('triage' as const), workerCount: fc.integer({ min: 0, max: 30 }), commonClaim: fc.boolean() })),
  often(fc.record({ type: fc.constant('assign' as const), mediatorIds: seats })),
  often(fc.record({ type: fc.constant('accept' as const), mediatorId: ids })),
  rarely(fc.record({ type: fc.constant('decline' as const), mediatorId: ids })),
  rarely(fc.record({ type: fc.constant('reassign' as const), mediatorIds: seats })),
  rarely(fc.record({ type: fc.constant('recuse' as const), mediatorId: ids, requestedBy: fc.constantFrom('workers' as const, 'employer' as const, 'mediator' as const) })),
  often(fc.constant({ type: 'start_mediation' as const })),
  often(fc.record({ type: fc.constant('extend' as const), workersConsent: fc.boolean(), employerConsent: fc.boolean() })),
  often(fc.constant({ type: 'reach_agreement' as const })),
  often(fc.record({ type: fc.constant('monitor_performance' as const), performBy: fc.date({ min: new Date('2025-03-01'), max: new Date('2025-09-01'), noInvalidDate: true }) })),
  often(fc.constant({ type: 'confirm_performance' as const })),
  often(fc.record({ type: fc.constant('fail' as const), reason: fc.constantFrom(...FAILURE_REASONS) })),
  often(fc.constant({ type: 'escalate' as const })),
  rarely(fc.constant({ type: 'refer_to_arbitration' as const })),
  rarely(fc.constant({ type: 'withdraw' as const })),
  rarely(fc.constant({ type: 'close' as const })),
);
// Three steps in four are a well-formed command the stage allows, mostly one that moves the case
// forward (or few cases would get far); the rest are anything at all. Steps are 0 to 3 days
// apart, so extensions sometimes come too late and periods run out.
const FORWARD = new Set<string>(['triage', 'assign', 'accept', 'start_mediation', 'extend', 'reach_agreement', 'monitor_performance', 'confirm_performance', 'escalate']);
interface Step {
  directed: boolean;
  forward: boolean;
  template: CaseCommand;
  minutes: number;
  pick: number;
}
const stepArb: fc.Arbitrary<Step> = fc.record({
  directed: fc.integer({ min: 1, max: 4 }).map((x) => x > 1),
  forward: fc.integer({ min: 1, max: 3 }).map((x) => x > 1),
  template: commandArb,
  minutes: fc.integer({ min: 0, max: 72 * 60 }),
  pick: fc.nat(),
});
const scriptArb = fc.array(stepArb, { maxLength: 40 });

function commandFor(step: Step, state: CaseState, at: Date): CaseCommand {
  if (!step.directed) return resolve(step.template, state, step.pick);
  const allowed = CASE_COMMAND_TYPES.filter((type) => ALLOWED_FROM[type].includes(state.stage) && (!step.forward || FORWARD.has(type)));
  if (allowed.length === 0) return step.template;
  const type = allowed[step.pick % allowed.length];
  if (type === 'triage') return { type, workerCount: 1 + (step.pick % 20), commonClaim: step.pick % 3 !== 0 };
  return wellFormed(type, state, at);
}

function resolve(command: CaseCommand, state: CaseState, pick: number): CaseCommand {
  const seat = (id: string) => (id === '@seat' ? (state.mediatorIds[pick % Math.max(1, state.mediatorIds.length)] ?? 'm-1') : id);
  const fit = (mediatorIds: readonly string[]) => {
    if (mediatorIds[0] !== '@fit') return mediatorIds;
    const fresh = POOL.filter((id) => !state.excludedMediatorIds.includes(id) && !state.mediatorIds.includes(id));
    return [...state.acceptedBy, ...fresh].slice(0, state.collective ? 3 : 1);
  };
  if ('mediatorId' in command) return { ...command, mediatorId: seat(command.mediatorId) };
  if ('mediatorIds' in command) return { ...command, mediatorIds: fit(command.mediatorIds) };
  return command;
}
const SEATLESS: readonly CaseStage[] = ['intake', 'triage', 'escalated', 'failed', 'arbitration', 'closed'];

describe('the case lifecycle, under any sequence of commands', () => {
  it('refuses what the table forbids, explains every refusal, and keeps the seats coherent', () => {
    fc.assert(
      fc.property(scriptArb, (script) => {
        let state = newCase();
        let at = T0;
        for (const step of script) {
          at = new Date(at.getTime() + step.minutes * 60_000);
          const command = commandFor(step, state, at);
          const result = applyTransition(state, command, at);
          if (!ALLOWED_FROM[command.type].includes(state.stage)) expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(result.error).toMatchObject({ stage: state.stage, command: command.type });
            expect(result.error.message).toContain(`in stage '${state.stage}' (${command.type})`);
            expect(result.error.code === 'illegal_transition').toBe(!ALLOWED_FROM[command.type].includes(state.stage));
            continue;
          }
          const next = result.state;
          expect(result.transition).toMatchObject({ command: command.type, from: state.stage, to: next.stage, at });
          expect(MEDIATOR_TIERS.indexOf(next.tier)).toBeGreaterThanOrEqual(MEDIATOR_TIERS.indexOf(state.tier));
          expect(next.excludedMediatorIds).toEqual(expect.arrayContaining([...state.excludedMediatorIds]));
          expect(next.mediatorIds.filter((id) => next.excludedMediatorIds.includes(id))).toEqual([]);
          expect(next.acceptedBy.every((id) => next.mediatorIds.includes(id))).toBe(true);
          if (SEATLESS.includes(next.stage)) expect(next.mediatorIds).toEqual([]);
          else expect(new Set(next.mediatorIds).size).toBe(next.collective ? 3 : 1);
          if (next.stage === 'assigned') expect(next.acceptedBy.length).toBeLessThan(next.mediatorIds.length);
          if (['accepted', 'in_mediation'].includes(next.stage)) expect(next.acceptedBy).toHaveLength(next.mediatorIds.length);
          expect(() => dueTimers(next)).not.toThrow();
          state = next;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('closes for good', () => {
    fc.assert(
      fc.property(scriptArb, (script) => {
        const closed = applyTransition(newCase(), { type: 'withdraw' }, T0);
        if (!closed.ok) throw new Error(closed.error.message);
        for (const { template: command } of script) expect(applyTransition(closed.state, command, T0)).toMatchObject({ ok: false, error: { code: 'illegal_transition' } });
      }),
    );
  });
});
