import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { READINESS_PROBES } from './health.tokens';
import type { ReadinessProbe } from './readiness-probe';

@Module({})
export class HealthModule {
  /** `probes` are provider classes exported by the database, kafka and queue modules. */
  static forRoot(probes: Type<ReadinessProbe>[]): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController],
      providers: [
        // Injecting the classes (exported by their global modules) makes Nest build them first.
        { provide: READINESS_PROBES, inject: probes, useFactory: (...instances: ReadinessProbe[]) => instances },
      ],
    };
  }
}
