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
  /** SMTP server for the email channel, e.g. smtp://user:pass@mail.example.org:587; no email channel when unset. */
  SMTP_URL: z.preprocess(unsetIfEmpty, z.url({ protocol: /^smtps?$/, message: 'must be an smtp or smtps URL' }).optional()),
  SMTP_FROM: z.string().min(3).default('Concord <concord@localhost>'),
  /** HTTP SMS gateway: POST {to, text, reference} as JSON; no SMS channel when unset. */
  SMS_GATEWAY_URL: z.preprocess(unsetIfEmpty, httpUrl.optional()),
  SMS_GATEWAY_TOKEN: z.preprocess(unsetIfEmpty, z.string().optional()),
  /** Where the notifier's own routes are reached from outside (acknowledge links in messages). */
  PUBLIC_URL: httpUrl.default('http://localhost:3003'),
  /** Signs the acknowledge links in messages (HMAC); at least 32 characters. */
  ACK_LINK_SECRET: z.string().min(32, 'must be at least 32 characters'),
  /** Noise control and escalation timers (milliseconds), shortened in tests. */
  NOTIFY_GROUP_WAIT_MS: z.coerce.number().int().min(0).default(30_000),
  NOTIFY_REPEAT_INTERVAL_MS: z.coerce.number().int().min(1_000).default(4 * 3_600_000),
  /** First retry delay of a failed delivery; each further one doubles it. */
  NOTIFY_RETRY_BASE_MS: z.coerce.number().int().min(10).default(1_000),
  /**
   * Deliveries sent at once by one notifier process. Sending waits on remote endpoints (webhook,
   * SMTP, SMS gateway) far longer than it uses the CPU, and concurrent jobs share their SQL (see
   * deliveries/group-commit), so this is far above a CPU-bound queue's usual 10: at 50, a process
   * sat idle a quarter of the time waiting on its own grouped statements, and endpoints that
   * answer in 200 ms would cap it at 250 deliveries a second.
   */
  NOTIFY_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(1_000).default(200),
  /** How often escalation deadlines and repeat reminders that fell due are fired (see threads/deadline-clock). */
  NOTIFY_DEADLINE_TICK_MS: z.coerce.number().int().min(50).default(1_000),
  /** How often the sweeper re-schedules what Redis lost or a crash left undone. */
  NOTIFY_SWEEP_MS: z.coerce.number().int().min(200).default(30_000),
  /** Overrides every level's acknowledgement deadline (ms) when set: for tests and drills only. */
  NOTIFY_ACK_DEADLINE_MS: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(100).optional()),
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
