import { Controller, Get, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OwnerApiClient } from '../owner-api.client';
import { relayOwnerResponse } from './relay-owner-response';

/** Risk scores and alerts, owned by risk-engine; any signed-in staff member may read them. */
@Controller('v1')
export class RiskReadsController {
  constructor(private readonly owners: OwnerApiClient) {}

  @Get('enterprises/:id/risk')
  async enterpriseRisk(@Param('id', ParseUUIDPipe) enterpriseId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    relayOwnerResponse(res, await this.owners.get('riskEngine', `/v1/enterprises/${enterpriseId}/risk`, req));
  }

  /** ?enterpriseId= and any other filters go to risk-engine as they came. */
  @Get('alerts')
  async alerts(@Req() req: Request, @Res() res: Response): Promise<void> {
    relayOwnerResponse(res, await this.owners.get('riskEngine', '/v1/alerts', req));
  }
}
