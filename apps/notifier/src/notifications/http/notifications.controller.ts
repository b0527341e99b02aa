import { Controller, Get, Param, Query } from '@nestjs/common';
import { type PersonNotificationView, ListPersonNotificationsUseCase } from '../use-cases/list-person-notifications.use-case';
import { NotificationsQuery, PersonParams } from './person-notifications.dto';

@Controller('v1/people')
export class NotificationsController {
  constructor(private readonly listNotifications: ListPersonNotificationsUseCase) {}

  /** Staff token required (global guard); scoping reads by region is a later issue. */
  @Get(':personId/notifications')
  list(@Param() params: PersonParams, @Query() query: NotificationsQuery): Promise<{ items: PersonNotificationView[] }> {
    return this.listNotifications.execute(params.personId, query.limit);
  }
}
