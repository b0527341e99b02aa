import { authEnv } from '@concord/auth';
import { databaseEnv, envUrl, httpEnv, loadConfig, redisEnv } from '@concord/config';
import { z } from 'zod';

/** Base URLs of the services whose read APIs the console passes through to staff. */
export const ownerUrlsEnv = z.object({
  RISK_ENGINE_URL: envUrl(['http', 'https']),
  CASE_SERVICE_URL: envUrl(['http', 'https']),
  NOTIFIER_URL: envUrl(['http', 'https']),
});

/** Failed logins tolerated per window before further attempts answer 429 (counted in Redis). */
export const loginLimitsEnv = z.object({
  LOGIN_FAILURES_PER_EMAIL: z.coerce.number().int().min(1).default(5),
  LOGIN_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(50),
  LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
});

/** Where the built web app lives; by default `web/` beside the built main.js. */
export const webAppEnv = z.object({
  CONSOLE_WEB_DIR: z.string().min(1).optional(),
});

/** What `serve` needs. The console publishes nothing: no Kafka; Redis holds the login budgets. */
export const consoleEnv = httpEnv
  .extend(databaseEnv.shape)
  .extend(redisEnv.shape)
  .extend(authEnv.shape)
  .extend(ownerUrlsEnv.shape)
  .extend(loginLimitsEnv.shape)
  .extend(webAppEnv.shape);

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
