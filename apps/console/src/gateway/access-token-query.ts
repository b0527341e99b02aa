import type { NextFunction, Request, Response } from 'express';

const PARAMETER = 'access_token';

/**
 * EventSource cannot set headers, so the web app's live streams pass the staff token as
 * `?access_token=`. It becomes `Authorization: Bearer` (a header sent alongside wins) and leaves
 * the URL, the original one too (the request log reads it), so no log or owner ever sees it.
 */
export function accessTokenToHeader(req: Request, _res: Response, next: NextFunction): void {
  const relative = withoutAccessToken(req.url);
  if (relative.token !== null) {
    if (relative.token && !req.headers.authorization) req.headers.authorization = `Bearer ${relative.token}`;
    req.url = relative.url;
    req.originalUrl = withoutAccessToken(req.originalUrl).url;
  }
  next();
}

function withoutAccessToken(url: string): { url: string; token: string | null } {
  const queryAt = url.indexOf('?');
  if (queryAt < 0) return { url, token: null };
  const params = new URLSearchParams(url.slice(queryAt + 1));
  const token = params.get(PARAMETER);
  if (token === null) return { url, token };
  params.delete(PARAMETER);
  const rest = params.toString();
  return { url: `${url.slice(0, queryAt)}${rest ? `?${rest}` : ''}`, token };
}
