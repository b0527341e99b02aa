import type { DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { CORRELATION_HEADER, currentCorrelationId } from '../correlation/correlation-context';
import { loggedUrl } from './logged-url';

/** Paths that may hold secrets or a complainant's identity; never written to logs. */
export const REDACTED_LOG_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.apiKey',
  '*.token',
  '*.secret',
  // A worker complaint's contact (ingest-api); request bodies are not logged, this guards any log call that might carry one.
  '*.contact',
  '*.phone',
  '*.email',
  '*.name',
];

export function loggingModule(service: string, level: string): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      name: service,
      level,
      redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
      genReqId: (req) => String(req.headers[CORRELATION_HEADER] ?? ''),
      // Kafka handlers and timers have no request: the correlation id comes from the async context.
      mixin: () => ({ correlationId: currentCorrelationId() }),
      autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: loggedUrl(req.url) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
  });
}
