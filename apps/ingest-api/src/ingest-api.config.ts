import { databaseEnv, httpEnv, kafkaEnv, loadConfig } from '@concord/config';

export const ingestApiEnv = httpEnv.extend(databaseEnv.shape).extend(kafkaEnv.shape);

export type IngestApiConfig = ReturnType<typeof loadIngestApiConfig>;

export function loadIngestApiConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(ingestApiEnv, env);
}
