import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { StaffClaims } from './staff-claims';

export type StaffRequest = { staff?: StaffClaims };

export const CurrentStaff = createParamDecorator((_: unknown, context: ExecutionContext): StaffClaims => {
  const staff = context.switchToHttp().getRequest<StaffRequest>().staff;
  if (!staff) throw new Error('CurrentStaff used on a public route');
  return staff;
});
