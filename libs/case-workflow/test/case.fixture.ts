/**
 * Cases in any stage, reached through real transitions, and a well-formed command of every type
 * for a given case: what the specs need to walk the whole stage × command table.
 */
import { applyTransition } from '../src/state-machine/apply-transition';
import type { CaseCommand, CaseCommandType } from '../src/state-machine/case-command.model';
import type { CaseStage } from '../src/state-machine/case-stage.model';
import type { CaseState } from '../src/state-machine/case-state.model';
import { openCase } from '../src/state-machine/open-case';

/** Monday 3 March 2025, 10:00 in Shanghai: a plain working week. */
export const T0 = new Date('2025-03-03T02:00:00Z');
export const HOUR = 3_600_000;

export function newCase(overrides: Partial<Parameters<typeof openCase>[0]> = {}): CaseState {
  return openCase({ caseId: 'case-1', jurisdiction: 'CN', level: 'YELLOW', receivedAt: T0, limitationFrom: new Date('2025-02-01T02:00:00Z'), ...overrides });
}

/** Applies commands one hour apart, failing loudly if any is refused. */
export function run(state: CaseState, commands: readonly CaseCommand[], start = new Date(T0.getTime() + HOUR)): CaseState {
  return commands.reduce((current, command, i) => {
    const result = applyTransition(current, command, new Date(start.getTime() + i * HOUR));
    if (!result.ok) throw new Error(`fixture step ${command.type} refused: ${result.error.message}`);
    return result.state;
  }, state);
}

const PATHS: Readonly<Record<CaseStage, readonly CaseCommand[]>> = (() => {
  const triage: CaseCommand = { type: 'triage', workerCount: 3, commonClaim: true };
  const assigned = [triage, { type: 'assign', mediatorIds: ['m-1'] }] as const;
  const accepted = [...assigned, { type: 'accept', mediatorId: 'm-1' }] as const;
  const inMediation = [...accepted, { type: 'start_mediation' }] as const;
  const agreement = [...inMediation, { type: 'reach_agreement' }] as const;
  const failed = [...inMediation, { type: 'fail', reason: 'no_agreement' }] as const;
  return {
    intake: [],
    triage: [triage],
    assigned,
    accepted,
    in_mediation: inMediation,
    agreement,
    performance_monitoring: [...agreement, { type: 'monitor_performance', performBy: new Date(T0.getTime() + 30 * 24 * HOUR) }],
    closed: [...agreement, { type: 'confirm_performance' }],
    failed,
    escalated: [...failed, { type: 'escalate' }],
    arbitration: [...failed, { type: 'refer_to_arbitration' }],
  };
})();

/** A case of three workers (one mediator), in the given stage. */
export function caseIn(stage: CaseStage): CaseState {
  return run(newCase(), PATHS[stage]);
}

/** A command of the given type that is well formed for this case, so only the stage can refuse it. */
export function wellFormed(type: CaseCommandType, state: CaseState, at: Date): CaseCommand {
  const seats = state.collective ? 3 : 1;
  // Never excluded from the case nor on it already.
  const taken = new Set([...state.excludedMediatorIds, ...state.mediatorIds]);
  const fresh = (n: number) => Array.from({ length: n + taken.size }, (_, i) => `m-fresh-${i + 1}`).filter((id) => !taken.has(id)).slice(0, n);
  const waiting = state.mediatorIds.filter((id) => !state.acceptedBy.includes(id));
  switch (type) {
    case 'triage':
      return { type, workerCount: 3, commonClaim: true };
    case 'assign':
      return { type, mediatorIds: fresh(seats) };
    case 'accept':
      return { type, mediatorId: waiting[0] ?? 'm-1' };
    case 'decline':
      return { type, mediatorId: state.mediatorIds[0] ?? 'm-1' };
    case 'reassign':
      return { type, mediatorIds: [...state.acceptedBy, ...fresh(seats - state.acceptedBy.length)] };
    case 'recuse':
      return { type, mediatorId: state.mediatorIds[0] ?? 'm-9', requestedBy: 'workers' };
    case 'extend':
      return { type, workersConsent: true, employerConsent: true };
    case 'monitor_performance':
      return { type, performBy: new Date(at.getTime() + 30 * 24 * HOUR) };
    case 'fail':
      return { type, reason: 'no_agreement' };
    case 'start_mediation':
    case 'reach_agreement':
    case 'confirm_performance':
    case 'escalate':
    case 'refer_to_arbitration':
    case 'withdraw':
    case 'close':
      return { type };
  }
}
