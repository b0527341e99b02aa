import { FAILURE_REASONS, type FailureReason } from './case-command.model';
import { nextTier } from './tier-escalation.policy';
import { type CommandHandler, moved, refused, withoutSeats } from './transition-step';

const FAILURE_WORDS: Readonly<Record<FailureReason, string>> = Object.freeze({
  mediation_period_expired: 'the mediation period ended without agreement',
  party_refused_mediation: 'a party refused mediation',
  no_agreement: 'the parties could not agree',
  agreement_not_performed: 'the agreement was not performed',
  no_mediator_available: 'no eligible mediator could be found',
});

const TIER_WORDS = Object.freeze({ enterprise: 'the enterprise committee', street: 'the street/township centre', county: 'the county federation' });

export const fail: CommandHandler<'fail'> = (state, { reason, note }, at) => {
  if (!(FAILURE_REASONS as readonly string[]).includes(reason)) return refused('invalid_command', `unknown failure reason '${String(reason)}'; one of: ${FAILURE_REASONS.join(', ')}`);
  return moved({ ...withoutSeats(state), stage: 'failed', failure: { reason, at } }, `mediation failed: ${FAILURE_WORDS[reason]}${note ? ` (${note})` : ''}`);
};

/**
 * To the next tier, which receives the case now: its own mediation period starts, with no
 * extension and no meeting yet. Past the county there is no mediation tier left: arbitration.
 */
export const escalate: CommandHandler<'escalate'> = (state, _command, at) => {
  const next = nextTier(state.tier);
  if (next === 'arbitration') {
    return moved({ ...state, stage: 'arbitration' }, `${TIER_WORDS[state.tier]} is the highest mediation tier; referred to arbitration`);
  }
  const escalated = { ...withoutSeats(state), stage: 'escalated' as const, tier: next, receivedAt: at, extensionDays: 0, firstMeetingAt: null, failure: null };
  return moved(escalated, `escalated from ${TIER_WORDS[state.tier]} to ${TIER_WORDS[next]}; its mediation period starts now`);
};

export const referToArbitration: CommandHandler<'refer_to_arbitration'> = (state) =>
  moved({ ...withoutSeats(state), stage: 'arbitration' }, 'referred to the labour dispute arbitration commission');

export const withdraw: CommandHandler<'withdraw'> = (state, { reason }) =>
  moved({ ...withoutSeats(state), stage: 'closed' }, `application withdrawn${reason ? ` (${reason})` : ''}; case closed`);

export const close: CommandHandler<'close'> = (state, { reason }) =>
  moved({ ...withoutSeats(state), stage: 'closed' }, `case closed${reason ? ` (${reason})` : ''}`);
