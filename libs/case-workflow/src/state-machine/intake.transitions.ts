import { MEDIATOR_TIERS, requiredTier } from '@concord/assignment';
import { COLLECTIVE_DISPUTE_MIN_WORKERS, isCollective } from './collective.policy';
import { type CommandHandler, moved, refused } from './transition-step';

/** Decides whether the dispute is collective, and so the tier it needs (never lower than it had). */
export const triage: CommandHandler<'triage'> = (state, { workerCount, commonClaim }) => {
  if (!Number.isSafeInteger(workerCount) || workerCount < 1) return refused('invalid_command', `workerCount must be a whole number of at least 1; got ${workerCount}`);
  const collective = isCollective(workerCount, commonClaim);
  const needed = requiredTier({ level: state.level, collective });
  const tier = MEDIATOR_TIERS.indexOf(needed) > MEDIATOR_TIERS.indexOf(state.tier) ? needed : state.tier;
  const kind = collective
    ? `collective (${workerCount} workers with a common claim, ${COLLECTIVE_DISPUTE_MIN_WORKERS} or more)`
    : `individual (${workerCount} worker${workerCount === 1 ? '' : 's'}${commonClaim ? '' : ', no common claim'})`;
  return moved({ ...state, stage: 'triage', collective, workerCount, tier }, `triaged as ${kind}; ${tier} tier`);
};
