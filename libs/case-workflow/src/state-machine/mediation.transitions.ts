import { mediationDue } from '../deadlines/case-deadlines';
import { type CommandHandler, isValidDate, moved, refused, withoutSeats } from './transition-step';

/** The first meeting with the parties; after a recusal and a new panel, mediation resumes. */
export const startMediation: CommandHandler<'start_mediation'> = (state, _command, at) =>
  moved(
    { ...state, stage: 'in_mediation', firstMeetingAt: state.firstMeetingAt ?? at },
    state.firstMeetingAt ? 'mediation resumed with the new mediators' : 'first mediation meeting held',
  );

/**
 * LDMAL art. 14 lets a party go to arbitration once 15 days pass; lengthening mediation takes that
 * away for a while, so it needs both parties' consent, and only while the period still runs.
 */
export const extend: CommandHandler<'extend'> = (state, { workersConsent, employerConsent, days }, at, options) => {
  const missing = [workersConsent !== true && 'the workers’', employerConsent !== true && 'the employer’s'].filter((x) => x !== false);
  if (missing.length > 0) return refused('consent_missing', `an extension needs the consent of both parties; missing: ${missing.join(' and ')}`);
  const length = days ?? options.extensionDays;
  if (!Number.isSafeInteger(length) || length < 1) return refused('invalid_command', `an extension must be a whole number of days, at least 1; got ${length}`);
  const due = mediationDue(state.receivedAt, state.extensionDays, state.jurisdiction, options);
  if (at >= due.at) return refused('deadline_passed', `the mediation period ended at ${due.at.toISOString()}; it can no longer be extended`);
  const next = { ...state, extensionDays: state.extensionDays + length };
  const newDue = mediationDue(next.receivedAt, next.extensionDays, next.jurisdiction, options);
  return moved(next, `mediation period extended by ${length} days with both parties’ consent; now ends ${newDue.at.toISOString()}`);
};

export const reachAgreement: CommandHandler<'reach_agreement'> = (state) => moved({ ...state, stage: 'agreement' }, 'mediation agreement reached');

export const monitorPerformance: CommandHandler<'monitor_performance'> = (state, { performBy }, at) => {
  if (!isValidDate(performBy) || performBy <= at) return refused('invalid_command', 'performBy must be a valid instant after the agreement');
  return moved({ ...state, stage: 'performance_monitoring', performBy }, `performance monitored until ${performBy.toISOString()}`);
};

export const confirmPerformance: CommandHandler<'confirm_performance'> = (state) =>
  moved({ ...withoutSeats(state), stage: 'closed' }, 'agreement performed; case closed');
