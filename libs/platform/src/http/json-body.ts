import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import type { ErrorBody } from '../errors/error-codes';

/**
 * JSON body parsing with a size limit, and the translation of its failures into the same error
 * shape as everything else (express would otherwise answer with an HTML page).
 */
export function jsonBody(limit: string): [RequestHandler, ErrorRequestHandler] {
  const onParseError: ErrorRequestHandler = (err: { type?: string; message?: string; limit?: number }, _req, res, next) => {
    const reply = (status: number, body: ErrorBody) => res.status(status).json(body);
    switch (err.type) {
      case 'entity.parse.failed':
        return reply(400, { error: 'malformed_json', message: `Body is not valid JSON: ${err.message ?? ''}`.trim() });
      case 'entity.too.large':
        return reply(413, { error: 'payload_too_large', message: `Body exceeds the limit of ${limit}` });
      case 'encoding.unsupported':
      case 'charset.unsupported':
        return reply(415, { error: 'unsupported_media_type', message: err.message ?? 'Unsupported encoding' });
      default:
        return next(err);
    }
  };
  return [express.json({ limit, strict: true }), onParseError];
}
