import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { Logger } from '@nestjs/common';
import { ERROR_STATUS, type ErrorBody } from '@concord/platform';
import type { RequestHandler } from 'express';
import { createProxyMiddleware, debugProxyErrorsPlugin, proxyEventsPlugin } from 'http-proxy-middleware';

const RETRY_AFTER_SECONDS = 5;
const log = new Logger('Gateway');

/**
 * Streams a request to its owner and the owner's answer back, unbuffered both ways (so
 * server-sent events arrive as they are written). Headers pass as they are, the staff token and
 * correlation id included: the owner verifies the token itself. An owner that cannot be reached
 * answers 503 with Retry-After in the platform's error shape, never the library's HTML or a 500.
 */
export function ownerProxy(service: string, target: string): RequestHandler {
  return createProxyMiddleware({
    target,
    changeOrigin: true,
    xfwd: true,
    // The library's default plugins answer errors with 502/504 and text; ours below replaces that.
    ejectPlugins: true,
    plugins: [debugProxyErrorsPlugin, proxyEventsPlugin],
    on: {
      error: (error, req, res) => {
        log.warn({ service, path: req.url, err: error }, 'owner unreachable');
        if (!isResponse(res)) return void res.destroy();
        if (res.headersSent) return void res.destroy();
        const body: ErrorBody = { error: 'unavailable', message: `${service} is unreachable; try again shortly` };
        res.writeHead(ERROR_STATUS.unavailable, { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(RETRY_AFTER_SECONDS) });
        res.end(JSON.stringify(body));
      },
    },
  }) as RequestHandler;
}

function isResponse(res: ServerResponse | Socket): res is ServerResponse {
  return 'writeHead' in res;
}
