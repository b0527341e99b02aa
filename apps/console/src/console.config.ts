import { authEnv } from '@concord/auth';
import { databaseEnv, envUrl, httpEnv, loadConfig } from '@concord/config';
import { z } from 'zod';

/** Base URLs of the services whose read APIs the console passes through to staff. */
export const ownerUrlsEnv = z.object({
  RISK_ENGINE_URL: envUrl(['http', 'https']),
  CASE_SERVICE_URL: envUrl(['http', 'https']),
  NOTIFIER_URL: envUrl(['http', 'https']),
});

/** What `serve` and `migrate` need. The console publishes nothing yet: no Kafka, no Redis. */
export const consoleEnv = httpEnv.extend(databaseEnv.shape).extend(authEnv.shape).extend(ownerUrlsEnv.shape);

/**
 * What `seed` needs: the bootstrap administrator's credentials live only here, so the serving
 * process never holds the admin password.
 */
export const consoleSeedEnv = databaseEnv.extend({
  ADMIN_EMAIL: z.email().transform((email) => email.toLowerCase()),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters'),
  /** Where `seed --demo` writes the demo enterprises' API keys (JSON); printed to stdout when unset. */
  DEMO_KEYS_FILE: z.string().min(1).optional(),
});

export type ConsoleConfig = ReturnType<typeof loadConsoleConfig>;
export type ConsoleSeedConfig = ReturnType<typeof loadConsoleSeedConfig>;

export function loadConsoleConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(consoleEnv, env);
}

export function loadConsoleSeedConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(consoleSeedEnv, env);
}
