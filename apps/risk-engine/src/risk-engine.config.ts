import { authEnv } from '@concord/auth';
import { databaseEnv, httpEnv, kafkaEnv, loadConfig, redisEnv } from '@concord/config';
import { z } from 'zod';

export const riskEngineEnv = httpEnv
  .extend(databaseEnv.shape)
  .extend(kafkaEnv.shape)
  .extend(authEnv.shape)
  .extend(redisEnv.shape)
  .extend({
    /** Minutes between scheduled re-evaluations of enterprises with live or recent risk. */
    RISK_REEVALUATION_MINUTES: z.coerce.number().int().min(1).max(1_440).default(60),
    /** How often the engine checks that the next re-evaluation is booked (Redis may have lost it). */
    RISK_REEVALUATION_CHECK_MS: z.coerce.number().int().min(200).default(60_000),
    /** Enterprise histories kept in memory between batches (least recently used out first); see EnterpriseHistoryCache. */
    RISK_HISTORY_CACHE_ENTRIES: z.coerce.number().int().min(1).default(20_000),
  });

export type RiskEngineConfig = ReturnType<typeof loadRiskEngineConfig>;

export function loadRiskEngineConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(riskEngineEnv, env);
}
