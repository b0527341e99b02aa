import { MEDIATOR_TIERS } from '@concord/assignment';
import { CASE_STAGES, type CaseState, FAILURE_REASONS } from '@concord/case-workflow';
import { JURISDICTIONS, LEVELS } from '@concord/risk-rules';
import { z } from 'zod';

const instant = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

/**
 * The lib's CaseState as stored in `cases.state` (jsonb): instants become ISO strings on the way
 * in, and are parsed back into Dates on the way out. A row that no longer matches is an error,
 * never a silently wrong deadline.
 */
const storedCaseState = z.object({
  caseId: z.string(),
  stage: z.enum(CASE_STAGES),
  jurisdiction: z.enum(JURISDICTIONS),
  level: z.enum(LEVELS as [string, ...string[]]).transform((level) => level as CaseState['level']),
  tier: z.enum(MEDIATOR_TIERS),
  collective: z.boolean(),
  workerCount: z.int().nullable(),
  receivedAt: instant,
  assignedAt: instant.nullable(),
  mediatorIds: z.array(z.string()),
  acceptedBy: z.array(z.string()),
  excludedMediatorIds: z.array(z.string()),
  firstMeetingAt: instant.nullable(),
  extensionDays: z.number(),
  performBy: instant.nullable(),
  limitationFrom: instant.nullable(),
  failure: z.object({ reason: z.enum(FAILURE_REASONS), at: instant }).nullable(),
});

export type StoredCaseState = z.input<typeof storedCaseState>;

export function caseStateToJson(state: CaseState): StoredCaseState {
  return JSON.parse(JSON.stringify(state)) as StoredCaseState;
}

export function caseStateFromJson(stored: unknown): CaseState {
  return storedCaseState.parse(stored) satisfies CaseState;
}
