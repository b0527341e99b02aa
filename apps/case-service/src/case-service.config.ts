import { authEnv } from '@concord/auth';
import { databaseEnv, httpEnv, kafkaEnv, loadConfig } from '@concord/config';

export const caseServiceEnv = httpEnv.extend(databaseEnv.shape).extend(kafkaEnv.shape).extend(authEnv.shape);

export type CaseServiceConfig = ReturnType<typeof loadCaseServiceConfig>;

export function loadCaseServiceConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(caseServiceEnv, env);
}
