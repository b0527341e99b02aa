import { databaseEnv, httpEnv, kafkaEnv, loadConfig, redisEnv } from '@concord/config';
import { z } from 'zod';
import { complaintsEnv } from './complaints/complaints.config';

export const ingestApiEnv = httpEnv
  .extend(databaseEnv.shape)
  .extend(kafkaEnv.shape)
  .extend(redisEnv.shape)
  .extend(complaintsEnv.shape)
  .extend({
    /** Requests per API key per rolling minute; a batch request counts as one. */
    INGEST_RATE_PER_KEY_PER_MINUTE: z.coerce.number().int().min(1).default(600),
    /** HTTP worker processes sharing the port; 1 where an orchestrator scales by replicas instead. */
    INGEST_HTTP_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  });

export type IngestApiConfig = ReturnType<typeof loadIngestApiConfig>;

export function loadIngestApiConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(ingestApiEnv, env);
}
