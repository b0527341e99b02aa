import { Controller, Get, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OwnerApiClient } from '../owner-api.client';
import { relayOwnerResponse } from './relay-owner-response';

/** Mediation cases, owned by case-service; any signed-in staff member may read them. */
@Controller('v1/cases')
export class CaseReadsController {
  constructor(private readonly owners: OwnerApiClient) {}

  /** ?enterpriseId= and any other filters go to case-service as they came. */
  @Get()
  async cases(@Req() req: Request, @Res() res: Response): Promise<void> {
    relayOwnerResponse(res, await this.owners.get('caseService', '/v1/cases', req));
  }

  /** One case: its mediators, why they were chosen, and every transition with who and when. */
  @Get(':id')
  async case(@Param('id', ParseUUIDPipe) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    relayOwnerResponse(res, await this.owners.get('caseService', `/v1/cases/${id}`, req));
  }
}
