import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CurrentStaff, Roles, type StaffClaims } from '@concord/auth';
import type { ApiKeyView } from '../api-key.view';
import { type IssuedApiKey, IssueApiKeyUseCase } from '../use-cases/issue-api-key.use-case';
import { ListApiKeysUseCase } from '../use-cases/list-api-keys.use-case';
import { RevokeApiKeyUseCase } from '../use-cases/revoke-api-key.use-case';
import { type RotatedApiKey, RotateApiKeyUseCase } from '../use-cases/rotate-api-key.use-case';
import { IssueApiKeyDto } from './issue-api-key.dto';
import { RotateApiKeyDto } from './rotate-api-key.dto';

@Roles('admin')
@Controller('v1')
export class ApiKeysController {
  constructor(
    private readonly issueApiKey: IssueApiKeyUseCase,
    private readonly listApiKeys: ListApiKeysUseCase,
    private readonly revokeApiKey: RevokeApiKeyUseCase,
    private readonly rotateApiKey: RotateApiKeyUseCase,
  ) {}

  @Post('enterprises/:id/api-keys')
  issue(@Param('id', ParseUUIDPipe) enterpriseId: string, @Body() body: IssueApiKeyDto, @CurrentStaff() staff: StaffClaims): Promise<IssuedApiKey> {
    return this.issueApiKey.execute(enterpriseId, body.label, staff.sub);
  }

  @Get('enterprises/:id/api-keys')
  list(@Param('id', ParseUUIDPipe) enterpriseId: string): Promise<ApiKeyView[]> {
    return this.listApiKeys.execute(enterpriseId);
  }

  @Post('api-keys/:id/rotate')
  @HttpCode(201)
  rotate(@Param('id', ParseUUIDPipe) keyId: string, @Body() body: RotateApiKeyDto, @CurrentStaff() staff: StaffClaims): Promise<RotatedApiKey> {
    return this.rotateApiKey.execute(keyId, body.graceHours, staff.sub);
  }

  @Delete('api-keys/:id')
  @HttpCode(204)
  revoke(@Param('id', ParseUUIDPipe) keyId: string, @CurrentStaff() staff: StaffClaims): Promise<void> {
    return this.revokeApiKey.execute(keyId, staff.sub);
  }
}
