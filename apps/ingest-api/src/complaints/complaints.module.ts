import { type DynamicModule, Module } from '@nestjs/common';
import type { RedisEnv } from '@concord/config';
import type { Redis } from 'ioredis';
import { REDIS_CLIENT } from '../rate-limit/rate-limit.tokens';
import { ComplaintRateLimits } from './complaint-rate-limits';
import { ComplaintSecrets } from './complaint-secrets';
import { ComplaintStore } from './complaint.store';
import type { ComplaintsEnv } from './complaints.config';
import { ComplaintAddressLimitGuard } from './http/complaint-address-limit.guard';
import { ComplaintsController } from './http/complaints.controller';
import { RegisteredEnterprises } from './registered-enterprises';
import { IdentityCipher } from './security/identity-cipher';
import { SubmitComplaintUseCase } from './use-cases/submit-complaint.use-case';
import { TrackComplaintUseCase } from './use-cases/track-complaint.use-case';

/** Anonymous (or pseudonymous) worker complaints; uses the app's global Redis client, publisher and data source. */
@Module({})
export class ComplaintsModule {
  static forRoot(config: ComplaintsEnv & RedisEnv): DynamicModule {
    return {
      module: ComplaintsModule,
      controllers: [ComplaintsController],
      providers: [
        { provide: ComplaintSecrets, useValue: new ComplaintSecrets(new IdentityCipher(config.COMPLAINT_IDENTITY_KEY, config.COMPLAINT_IDENTITY_KEY_VERSION), config.COMPLAINT_PSEUDONYM_KEY) },
        {
          provide: ComplaintRateLimits,
          inject: [REDIS_CLIENT],
          useFactory: (redis: Redis) =>
            new ComplaintRateLimits(redis, {
              redisKeyPrefix: config.REDIS_KEY_PREFIX,
              perIpPerHour: config.COMPLAINTS_PER_IP_PER_HOUR,
              perEnterprisePerHour: config.COMPLAINTS_PER_ENTERPRISE_PER_HOUR,
              addressKey: config.COMPLAINT_PSEUDONYM_KEY,
            }),
        },
        ComplaintAddressLimitGuard,
        ComplaintStore,
        RegisteredEnterprises,
        SubmitComplaintUseCase,
        TrackComplaintUseCase,
      ],
    };
  }
}
