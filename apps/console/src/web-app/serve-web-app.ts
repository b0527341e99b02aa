import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { Logger } from '@nestjs/common';
import type { ErrorBody } from '@concord/platform';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';

/** Paths the web app never answers: the console's API, the gateway, health, docs. */
const SERVER_PREFIXES = ['/v1', '/api', '/health', '/docs'];
/** Vite writes content-hashed files under assets/: a new build means new names. */
const HASHED_ASSETS_DIR = `${sep}assets${sep}`;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Revalidated on every load, so a new build (new asset names) reaches browsers at once. */
const REVALIDATE = 'no-cache';

/**
 * Serves the built web app from `dir` at `/`: files as they are, and index.html for any other GET
 * that is not an API path nor a missing file (a path with an extension), so client-side routes
 * survive a reload. The folder is looked up per request, so a console started before the web app
 * was built (or while it is being rebuilt) serves its API and answers pages with a hint, not a 500.
 */
export function serveWebApp(dir: string): RequestHandler {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) new Logger('WebApp').warn({ dir }, 'web app not built (yet); pages answer 404 until it is');
  const files = express.static(dir, {
    index: false,
    fallthrough: true,
    setHeaders: (res, path) => res.setHeader('Cache-Control', path.includes(HASHED_ASSETS_DIR) ? IMMUTABLE : REVALIDATE),
  });
  const notBuilt = (res: Response) => {
    const body: ErrorBody = { error: 'not_found', message: `The web app is not built (no ${index}); run \`npm run build\`, which writes it there` };
    res.status(404).json(body);
  };
  const page = (req: Request, res: Response, next: NextFunction) => {
    if (!isPageRequest(req) || /\.[^/]+$/.test(req.path)) return next();
    res.sendFile(index, { headers: { 'Cache-Control': REVALIDATE } }, (error?: NodeJS.ErrnoException) => {
      if (!error) return;
      if (error.code === 'ENOENT' && !res.headersSent) return notBuilt(res);
      next(error);
    });
  };
  return (req, res, next) => {
    if (isServerPath(req.path)) return next();
    files(req, res, (error?: unknown) => (error ? next(error) : page(req, res, next)));
  };
}

function isServerPath(path: string): boolean {
  return SERVER_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

function isPageRequest(req: Request): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && !isServerPath(req.path);
}
