import { Controller, Get, Param, Query } from '@nestjs/common';
import { CurrentStaff, type StaffClaims, assertSelfOrAdmin } from '@concord/auth';
import { type PersonCaseNoticeView, ListPersonCaseNoticesUseCase } from '../../cases/use-cases/list-person-case-notices.use-case';
import { type PersonNotificationView, ListPersonNotificationsUseCase } from '../use-cases/list-person-notifications.use-case';
import { NotificationsQuery, PersonParams } from './person-notifications.dto';

@Controller('v1/people')
export class NotificationsController {
  constructor(
    private readonly listNotifications: ListPersonNotificationsUseCase,
    private readonly listPersonCaseNotices: ListPersonCaseNoticesUseCase,
  ) {}

  /** A person's own notifications (or anyone's, for an administrator). */
  @Get(':personId/notifications')
  list(@Param() params: PersonParams, @Query() query: NotificationsQuery, @CurrentStaff() staff: StaffClaims): Promise<{ items: PersonNotificationView[] }> {
    assertSelfOrAdmin(staff, params.personId);
    return this.listNotifications.execute(params.personId, query.limit);
  }

  /** The person's case messages (assignments, reassignments, failures, escalations, stage changes); self or administrator. */
  @Get(':personId/case-notices')
  caseNotices(@Param() params: PersonParams, @Query() query: NotificationsQuery, @CurrentStaff() staff: StaffClaims): Promise<{ items: PersonCaseNoticeView[] }> {
    assertSelfOrAdmin(staff, params.personId);
    return this.listPersonCaseNotices.execute(params.personId, query.limit);
  }
}
