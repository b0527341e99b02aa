import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ZodValidationPipe } from 'nestjs-zod';
import { HttpErrorFilter } from './errors/http-error.filter';
import { loggingModule } from './logging/logger.module';

/** Cross-cutting wiring every service shares: JSON logs, the error filter, the validation pipe. */
@Module({})
export class PlatformModule {
  static forRoot(options: { service: string; logLevel: string }): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      imports: [loggingModule(options.service, options.logLevel)],
      providers: [
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
      ],
    };
  }
}
