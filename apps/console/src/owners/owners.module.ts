import { type DynamicModule, Module } from '@nestjs/common';
import { CaseReadsController } from './http/case-reads.controller';
import { NotificationReadsController } from './http/notification-reads.controller';
import { RiskReadsController } from './http/risk-reads.controller';
import { OWNER_URLS, OwnerApiClient, type OwnerUrls } from './owner-api.client';

/** Read-through routes to the services that own risk, cases and notifications. */
@Module({})
export class OwnersModule {
  static forRoot(urls: OwnerUrls): DynamicModule {
    return {
      module: OwnersModule,
      controllers: [RiskReadsController, CaseReadsController, NotificationReadsController],
      providers: [{ provide: OWNER_URLS, useValue: urls }, OwnerApiClient],
    };
  }
}
