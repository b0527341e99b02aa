import { PANEL_SIZE } from '@concord/assignment';
import type { CaseState } from './case-state.model';
import { type CommandHandler, moved, refused, type Step } from './transition-step';

export const assign: CommandHandler<'assign'> = (state, { mediatorIds, reason }, at) => {
  const problem = seatingProblem(state, mediatorIds, state.excludedMediatorIds);
  if (problem) return problem;
  const next: CaseState = { ...state, stage: 'assigned', mediatorIds: [...mediatorIds], acceptedBy: [], assignedAt: at };
  return moved(next, `assigned ${mediatorIds.join(', ')}${reason ? `: ${reason}` : ''}`);
};

/** A panel is 'accepted' once every member has accepted; until then it stays 'assigned'. */
export const accept: CommandHandler<'accept'> = (state, { mediatorId }) => {
  if (!state.mediatorIds.includes(mediatorId)) return notOnCase(state, mediatorId);
  if (state.acceptedBy.includes(mediatorId)) return refused('already_accepted', `mediator ${mediatorId} has already accepted this case`);
  const acceptedBy = [...state.acceptedBy, mediatorId];
  const waiting = state.mediatorIds.filter((id) => !acceptedBy.includes(id));
  const next: CaseState = { ...state, acceptedBy, stage: waiting.length === 0 ? 'accepted' : 'assigned' };
  return moved(next, `${mediatorId} accepted${waiting.length > 0 ? `; waiting for ${waiting.join(', ')}` : ''}`);
};

export const decline: CommandHandler<'decline'> = (state, { mediatorId, reason }) => {
  if (!state.mediatorIds.includes(mediatorId)) return notOnCase(state, mediatorId);
  return backToTriage(state, mediatorId, `${mediatorId} declined${reason ? ` (${reason})` : ''}`);
};

/**
 * Replaces every mediator who has not accepted (the acceptance period passed, or staff decided);
 * those who accepted may stay. The replaced are excluded so the assigner cannot hand the case back.
 */
export const reassign: CommandHandler<'reassign'> = (state, { mediatorIds, reason }, at) => {
  const waiting = state.mediatorIds.filter((id) => !state.acceptedBy.includes(id));
  const kept = waiting.filter((id) => mediatorIds.includes(id));
  if (kept.length > 0) return refused('invalid_assignment', `a reassignment must replace every mediator who has not accepted; ${kept.join(', ')} would stay`);
  const problem = seatingProblem(state, mediatorIds, [...state.excludedMediatorIds, ...waiting]);
  if (problem) return problem;
  const acceptedBy = state.acceptedBy.filter((id) => mediatorIds.includes(id));
  const next: CaseState = {
    ...state,
    stage: mediatorIds.every((id) => acceptedBy.includes(id)) ? 'accepted' : 'assigned',
    mediatorIds: [...mediatorIds],
    acceptedBy,
    assignedAt: at,
    excludedMediatorIds: union(state.excludedMediatorIds, waiting),
  };
  const added = mediatorIds.filter((id) => !state.mediatorIds.includes(id));
  return moved(next, `reassigned: ${waiting.join(', ')} replaced by ${added.join(', ')}${reason ? ` (${reason})` : ''}`);
};

/**
 * A mediator may not serve on this case, at a party's request or their own. Before anyone is
 * seated this only excludes them; if they serve now the case goes back to triage, the mediation
 * period still running from receipt, for the assigner to seat someone else.
 */
export const recuse: CommandHandler<'recuse'> = (state, { mediatorId, requestedBy, reason }) => {
  const why = `${mediatorId} recused at ${requestedBy === 'mediator' ? 'their own' : `the ${requestedBy === 'workers' ? 'workers’' : 'employer’s'}`} request${reason ? ` (${reason})` : ''}`;
  if (state.mediatorIds.includes(mediatorId)) return backToTriage(state, mediatorId, why);
  return moved({ ...state, excludedMediatorIds: union(state.excludedMediatorIds, [mediatorId]) }, `${why}; excluded from the case`);
};

function backToTriage(state: CaseState, mediatorId: string, why: string): Step {
  const next: CaseState = {
    ...state,
    stage: 'triage',
    mediatorIds: [],
    acceptedBy: [],
    assignedAt: null,
    excludedMediatorIds: union(state.excludedMediatorIds, [mediatorId]),
  };
  return moved(next, `${why}; back to triage for a new assignment`);
}

/** The right number of distinct mediators, none excluded from the case; null when all is well. */
function seatingProblem(state: CaseState, mediatorIds: readonly string[], excluded: readonly string[]): Step | null {
  const seats = state.collective ? PANEL_SIZE : 1;
  if (mediatorIds.length !== seats) {
    const kind = state.collective ? `a collective case needs a panel of ${seats} mediators` : 'an individual case needs exactly 1 mediator';
    return refused('invalid_assignment', `${kind}; got ${mediatorIds.length}`);
  }
  const repeated = mediatorIds.find((id, i) => mediatorIds.indexOf(id) !== i);
  if (repeated !== undefined) return refused('invalid_assignment', `mediator ${repeated} is listed twice`);
  const barred = mediatorIds.filter((id) => excluded.includes(id));
  if (barred.length > 0) {
    return refused('invalid_assignment', `${barred.join(', ')} may not serve on this case (recused, declined or let the acceptance period pass)`);
  }
  return null;
}

function notOnCase(state: CaseState, mediatorId: string): Step {
  return refused('not_on_case', `mediator ${mediatorId} is not assigned to this case (assigned: ${state.mediatorIds.join(', ') || 'nobody'})`);
}

function union(ids: readonly string[], more: readonly string[]): string[] {
  return [...new Set([...ids, ...more])];
}
