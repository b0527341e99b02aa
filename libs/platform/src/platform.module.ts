import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ZodValidationPipe } from 'nestjs-zod';
import { HttpErrorFilter } from './errors/http-error.filter';
import { loggingModule } from './logging/logger.module';
import { METRICS_PORT, MetricsServer } from './metrics/metrics-server';
import { metricsRegistry } from './metrics/registry';

/** Cross-cutting wiring every service shares: JSON logs, the error filter, the validation pipe, Prometheus metrics. */
@Module({})
export class PlatformModule {
  static forRoot(options: { service: string; logLevel: string; metricsPort?: number }): DynamicModule {
    metricsRegistry.setDefaultLabels({ service: options.service });
    return {
      module: PlatformModule,
      global: true,
      imports: [loggingModule(options.service, options.logLevel)],
      providers: [
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: METRICS_PORT, useValue: options.metricsPort },
        MetricsServer,
      ],
    };
  }
}
