import { z } from 'zod';

export const authEnv = z.object({
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
});
export type AuthEnv = z.infer<typeof authEnv>;
