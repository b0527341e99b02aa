import { Controller, Get, Param, Query } from '@nestjs/common';
import { type PersonCaseNoticeView, ListPersonCaseNoticesUseCase } from '../../cases/use-cases/list-person-case-notices.use-case';
import { type PersonNotificationView, ListPersonNotificationsUseCase } from '../use-cases/list-person-notifications.use-case';
import { NotificationsQuery, PersonParams } from './person-notifications.dto';

@Controller('v1/people')
export class NotificationsController {
  constructor(
    private readonly listNotifications: ListPersonNotificationsUseCase,
    private readonly listPersonCaseNotices: ListPersonCaseNoticesUseCase,
  ) {}

  /** Staff token required (global guard); scoping reads by region is a later issue. */
  @Get(':personId/notifications')
  list(@Param() params: PersonParams, @Query() query: NotificationsQuery): Promise<{ items: PersonNotificationView[] }> {
    return this.listNotifications.execute(params.personId, query.limit);
  }

  /** The person's case messages (assignments, reassignments, failures, escalations, stage changes); staff token as above. */
  @Get(':personId/case-notices')
  caseNotices(@Param() params: PersonParams, @Query() query: NotificationsQuery): Promise<{ items: PersonCaseNoticeView[] }> {
    return this.listPersonCaseNotices.execute(params.personId, query.limit);
  }
}
