import { COMPLAINT_CATEGORIES } from '@concord/contracts';
import { DomainError } from '@concord/platform';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const RISK_LEVELS = ['GREEN', 'BLUE', 'YELLOW', 'ORANGE', 'RED'] as const;

/**
 * `POST /v1/cases`: a case staff open by hand, e.g. from a worker's complaint. The category is the
 * complaint's (mediators' expertise is matched against it); `level` defaults to YELLOW, a concern
 * not (yet) raised by an alert, so the tier follows from collectiveness unless staff say ORANGE or RED.
 */
export const openCaseBody = z.object({
  enterpriseId: z.uuid(),
  category: z.enum(COMPLAINT_CATEGORIES),
  workerCount: z.int().min(1).max(1_000_000),
  commonClaim: z.boolean(),
  summary: z.string().trim().min(1).max(2000),
  sourceComplaintId: z.string().trim().min(1).max(200).optional(),
  level: z.enum(RISK_LEVELS).default('YELLOW'),
  /** the parties' joint choice from the roster (one, or up to three for a panel) */
  chosenMediatorIds: z.array(z.uuid()).max(3).optional(),
});

export class OpenCaseBody extends createZodDto(openCaseBody) {}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/** The optional `Idempotency-Key` header: any printable ASCII a client generates (a UUID is a good choice). */
export function idempotencyKeyOf(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(header)) {
    throw new DomainError('validation_failed', 'The request does not match its contract', [
      { path: 'Idempotency-Key', message: 'must be 1 to 200 printable ASCII characters' },
    ]);
  }
  return header;
}
