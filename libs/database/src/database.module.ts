import { type DynamicModule, Injectable, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { ReadinessProbe } from '@concord/platform';
import { DataSource } from 'typeorm';
import { type ServiceDatabaseOptions, postgresOptions } from './postgres-options';

@Injectable()
export class DatabaseReadiness implements ReadinessProbe {
  readonly dependency = 'postgres';
  constructor(private readonly dataSource: DataSource) {}
  async probe(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}

@Module({})
export class DatabaseModule {
  static forRoot(options: ServiceDatabaseOptions): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [TypeOrmModule.forRoot({ ...postgresOptions(options), retryAttempts: 5, retryDelay: 1000 })],
      providers: [DatabaseReadiness],
      exports: [DatabaseReadiness],
    };
  }
}
