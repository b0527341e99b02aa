import { authEnv } from '@concord/auth';
import { databaseEnv, httpEnv, kafkaEnv, loadConfig, redisEnv } from '@concord/config';
import { z } from 'zod';

const days = (fallback: number) => z.coerce.number().int().min(0).max(366).default(fallback);

/**
 * A case's period lengths (@concord/case-workflow's DeadlineOptions; DOMAIN.md §7 and LDMAL
 * defaults). Short values make drills and tests quick: 0 acceptance working days ends the period
 * at 24:00 of the assignment day (or of the next working day).
 */
const caseDeadlineEnv = z.object({
  CASE_ACCEPTANCE_WORKING_DAYS: days(3),
  CASE_MEDIATION_DAYS: days(15),
  /** the day of the mediation period the centre head is warned on while no meeting was held; none when it is not before the period's end */
  CASE_CENTRE_HEAD_WARNING_DAY: days(10),
  CASE_LIMITATION_WARNING_DAYS: days(30),
  /** How often the sweeper re-enqueues overdue timers from Postgres (a restart, a Redis that lost its data). */
  CASE_DEADLINE_SWEEP_MS: z.coerce.number().int().min(200).default(60_000),
});

export const caseServiceEnv = httpEnv
  .extend(databaseEnv.shape)
  .extend(kafkaEnv.shape)
  .extend(redisEnv.shape)
  .extend(authEnv.shape)
  .extend(caseDeadlineEnv.shape);

export type CaseServiceConfig = ReturnType<typeof loadCaseServiceConfig>;

export function loadCaseServiceConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(caseServiceEnv, env);
}
