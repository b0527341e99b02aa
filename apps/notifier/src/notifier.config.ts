import { authEnv } from '@concord/auth';
import { databaseEnv, httpEnv, kafkaEnv, loadConfig, redisEnv } from '@concord/config';
import { z } from 'zod';

const httpUrl = z.url({ protocol: /^https?$/, message: 'must be an http or https URL' });
/** Env files often carry `NAME=` for "unset"; treat an empty value as absent. */
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

const notifierOwnEnv = z.object({
  /** Where every alert revision is also POSTed (signed); no webhook channel when unset. */
  WEBHOOK_URL: z.preprocess(unsetIfEmpty, httpUrl.optional()),
  WEBHOOK_SECRET: z.preprocess(unsetIfEmpty, z.string().min(16, 'must be at least 16 characters').optional()),
  /** Base of the links in notifications. */
  CONSOLE_URL: httpUrl.default('http://localhost:3000'),
});

export const notifierEnv = httpEnv
  .extend(databaseEnv.shape)
  .extend(kafkaEnv.shape)
  .extend(redisEnv.shape)
  .extend(authEnv.shape)
  .extend(notifierOwnEnv.shape)
  .refine((env) => env.WEBHOOK_URL === undefined || env.WEBHOOK_SECRET !== undefined, {
    path: ['WEBHOOK_SECRET'],
    message: 'is required when WEBHOOK_URL is set (receivers verify the signature with it)',
  });

export type NotifierConfig = ReturnType<typeof loadNotifierConfig>;

export function loadNotifierConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(notifierEnv, env);
}

/** Injection token of the validated config. */
export const NOTIFIER_CONFIG = Symbol('NOTIFIER_CONFIG');
