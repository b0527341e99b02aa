import { SetMetadata } from '@nestjs/common';
import type { StaffRole } from './staff-claims';

export const REQUIRED_ROLES = 'concord:required-roles';

/** Restricts a route to holders of at least one of the roles. */
export const Roles = (...roles: StaffRole[]) => SetMetadata(REQUIRED_ROLES, roles);
