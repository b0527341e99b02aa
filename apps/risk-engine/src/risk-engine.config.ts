import { authEnv } from '@concord/auth';
import { databaseEnv, httpEnv, kafkaEnv, loadConfig } from '@concord/config';

export const riskEngineEnv = httpEnv.extend(databaseEnv.shape).extend(kafkaEnv.shape).extend(authEnv.shape);

export type RiskEngineConfig = ReturnType<typeof loadRiskEngineConfig>;

export function loadRiskEngineConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(riskEngineEnv, env);
}
