import { z } from 'zod';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/**
 * Validates the environment once, at boot, into a typed object. Every problem names the variable,
 * so an operator knows what to fix; nothing else in the code base reads process.env.
 */
export function loadConfig<TSchema extends z.ZodType>(schema: TSchema, env: Env = process.env): z.infer<TSchema> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const variable = issue.path.map(String).join('.') || '(environment)';
    const missing = issue.code === 'invalid_type' && env[variable] === undefined;
    return missing ? `${variable}: is required but not set` : `${variable}: ${issue.message}`;
  });
  throw new ConfigError(problems);
}
