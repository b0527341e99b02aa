import { DEFAULT_DEADLINE_OPTIONS, type DeadlineOptions } from '@concord/case-workflow';
import type { CaseServiceConfig } from '../case-service.config';

/** What the case deadlines need from the config: the periods and the sweeper's interval. */
export interface CaseDeadlineSettings {
  options: DeadlineOptions;
  sweepMs: number;
}

export const CASE_DEADLINE_SETTINGS = Symbol('CASE_DEADLINE_SETTINGS');

/**
 * The wall clock deadlines are compared with. Production uses the system clock; tests pass one
 * set just before a deadline, so a short period elapses in seconds without sleeping for days.
 */
export interface CaseClock {
  now(): Date;
}

export const CASE_CLOCK = Symbol('CASE_CLOCK');

export const SYSTEM_CLOCK: CaseClock = Object.freeze({ now: () => new Date() });

export function caseDeadlineSettingsOf(config: CaseServiceConfig): CaseDeadlineSettings {
  return {
    options: Object.freeze({
      ...DEFAULT_DEADLINE_OPTIONS,
      acceptanceWorkingDays: config.CASE_ACCEPTANCE_WORKING_DAYS,
      mediationDays: config.CASE_MEDIATION_DAYS,
      centreHeadWarningDay: config.CASE_CENTRE_HEAD_WARNING_DAY,
      limitationWarningDays: config.CASE_LIMITATION_WARNING_DAYS,
    }),
    sweepMs: config.CASE_DEADLINE_SWEEP_MS,
  };
}
