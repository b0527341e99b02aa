import { Module } from '@nestjs/common';
import { ApiKeysController } from './http/api-keys.controller';
import { IssueApiKeyUseCase } from './use-cases/issue-api-key.use-case';
import { ListApiKeysUseCase } from './use-cases/list-api-keys.use-case';
import { RevokeApiKeyUseCase } from './use-cases/revoke-api-key.use-case';
import { KeyUsageReader } from './key-usage.reader';
import { RotateApiKeyUseCase } from './use-cases/rotate-api-key.use-case';

@Module({
  controllers: [ApiKeysController],
  providers: [IssueApiKeyUseCase, ListApiKeysUseCase, RevokeApiKeyUseCase, RotateApiKeyUseCase, KeyUsageReader],
})
export class ApiKeysModule {}
