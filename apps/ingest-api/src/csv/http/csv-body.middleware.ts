import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { ErrorBody } from '@concord/platform';
import express, { type NextFunction, type Request, type Response } from 'express';

/** A 1,000-row file of wide rows fits; larger bodies are refused with 413 before parsing. */
export const CSV_BODY_LIMIT = '5mb';

const parseCsvBody = express.text({ type: 'text/csv', limit: CSV_BODY_LIMIT });

/**
 * Reads a `text/csv` body as a string, on the upload route only (the app's global parser reads
 * JSON only). Parser failures get the same error shape as the JSON parser's in @concord/platform.
 */
@Injectable()
export class CsvBodyMiddleware implements NestMiddleware {
  use(request: Request, response: Response, next: NextFunction): void {
    parseCsvBody(request, response, (err?: unknown) => {
      if (!err) return next();
      const failure = err as { type?: string; message?: string };
      const reply = (status: number, body: ErrorBody) => response.status(status).json(body);
      switch (failure.type) {
        case 'entity.too.large':
          return reply(413, { error: 'payload_too_large', message: `The CSV file exceeds the limit of ${CSV_BODY_LIMIT}` });
        case 'encoding.unsupported':
        case 'charset.unsupported':
          return reply(415, { error: 'unsupported_media_type', message: failure.message ?? 'Unsupported encoding; send UTF-8' });
        case 'request.aborted':
        case 'request.size.invalid':
          return reply(400, { error: 'validation_failed', message: failure.message ?? 'The request body could not be read' });
        default:
          return next(err);
      }
    });
  }
}
