import { z } from 'zod';

/** Env values are strings; "true"/"false"/"1"/"0" become booleans, anything else is an error. */
export const envBoolean = z
  .enum(['true', 'false', '1', '0'], { message: "must be 'true' or 'false'" })
  .transform((v) => v === 'true' || v === '1');

export const envPort = z.coerce.number().int().min(1).max(65535);

export const envUrl = (protocols: string[]) =>
  z.url({ protocol: new RegExp(`^(${protocols.join('|')})$`), message: `must be a ${protocols.join(' or ')} URL` });
