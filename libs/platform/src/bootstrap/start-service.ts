import type { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { CustomTransportStrategy } from '@nestjs/microservices';
import { Logger } from 'nestjs-pino';
import { correlationMiddleware } from '../correlation/correlation.middleware';
import { jsonBody } from '../http/json-body';
import { httpMetricsMiddleware } from '../metrics/http-metrics.middleware';

export interface ServiceOptions {
  rootModule: DynamicModule;
  port: number;
  /** Largest accepted JSON body, e.g. '1mb'. */
  bodyLimit?: string;
  /** Kafka consumer transport; its @EventPattern handlers share the app's pipes and filters. */
  consumer?: CustomTransportStrategy;
  /** Extra HTTP setup (e.g. OpenAPI) before the app starts listening. */
  configure?: (app: INestApplication) => void;
  /** Middleware that must see the raw request stream (e.g. a reverse proxy), mounted before JSON parsing. */
  beforeBodyParsing?: (app: INestApplication) => void;
}

/**
 * The one hybrid bootstrap: HTTP first (so health answers while consumers join their groups),
 * then the Kafka consumer, with graceful shutdown on SIGTERM/SIGINT.
 */
export async function startService(options: ServiceOptions): Promise<INestApplication> {
  const app = await NestFactory.create(options.rootModule, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.use(correlationMiddleware);
  app.use(httpMetricsMiddleware);
  options.beforeBodyParsing?.(app);
  app.use(...jsonBody(options.bodyLimit ?? '256kb'));
  app.enableShutdownHooks();
  options.configure?.(app);
  if (options.consumer) {
    app.connectMicroservice({ strategy: options.consumer }, { inheritAppConfig: true });
  }
  await app.listen(options.port, '0.0.0.0');
  if (options.consumer) await app.startAllMicroservices();
  return app;
}
