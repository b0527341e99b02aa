import { z } from 'zod';

export const STAFF_ROLES = ['admin', 'federation_staff', 'committee_member', 'mediator', 'rules_editor', 'rules_publisher'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** What a console session token asserts about its holder; every service verifies it the same way. */
export const staffClaims = z.object({
  sub: z.uuid(),
  roles: z.array(z.enum(STAFF_ROLES)).min(1),
  /** Root of the region subtree the holder may see; null for unscoped administrators. */
  regionId: z.uuid().nullable(),
  /** Set for committee members: the one enterprise they may see. */
  enterpriseId: z.uuid().nullable(),
});

export type StaffClaims = z.infer<typeof staffClaims>;
