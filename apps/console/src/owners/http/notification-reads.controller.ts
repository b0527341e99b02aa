import { Controller, Get, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OwnerApiClient } from '../owner-api.client';
import { relayOwnerResponse } from './relay-owner-response';

/** A person's notifications, owned by the notifier; any signed-in staff member may read them. */
@Controller('v1/people')
export class NotificationReadsController {
  constructor(private readonly owners: OwnerApiClient) {}

  @Get(':personId/notifications')
  async notifications(@Param('personId', ParseUUIDPipe) personId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    relayOwnerResponse(res, await this.owners.get('notifier', `/v1/people/${personId}/notifications`, req));
  }
}
