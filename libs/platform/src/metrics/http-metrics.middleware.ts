import type { NextFunction, Request, Response } from 'express';
import { httpRequestDuration } from './registry';

/** Times every HTTP request and labels it with its route pattern (never the raw path: ids would explode the series). */
export function httpMetricsMiddleware(request: Request, response: Response, next: NextFunction): void {
  const stop = httpRequestDuration.startTimer();
  response.on('finish', () => {
    const pattern = (request.route as { path?: string } | undefined)?.path;
    stop({ method: request.method, route: pattern ? `${request.baseUrl}${pattern}` : 'unmatched', status: String(response.statusCode) });
  });
  next();
}
