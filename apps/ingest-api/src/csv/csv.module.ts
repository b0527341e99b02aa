import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { AcceptedEventsStore } from '../events/idempotency/accepted-events.store';
import { AcceptEventsUseCase } from '../events/use-cases/accept-events.use-case';
import { CsvBodyMiddleware } from './http/csv-body.middleware';
import { CsvController } from './http/csv.controller';
import { JsonSchemaController } from './http/json-schema.controller';
import { ImportCsvUseCase } from './use-cases/import-csv.use-case';

/**
 * CSV upload and template download, and the JSON Schemas of the contracts. The event pipeline's
 * providers are stateless, so this module has its own instances of them rather than reaching
 * into the root module (which does not export them).
 */
@Module({
  controllers: [CsvController, JsonSchemaController],
  providers: [AcceptedEventsStore, AcceptEventsUseCase, ImportCsvUseCase],
})
export class CsvModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CsvBodyMiddleware).forRoutes({ path: 'v1/csv/:type', method: RequestMethod.POST });
  }
}
