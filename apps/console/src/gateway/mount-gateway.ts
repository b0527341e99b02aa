import type { INestApplication } from '@nestjs/common';
import type { OwnerUrls } from '../owners/owner-api.client';
import { accessTokenToHeader } from './access-token-query';
import { GATEWAY_ROUTES } from './gateway-routes';
import { ownerProxy } from './owner-proxy';

/** Mounts `/api/<owner>/*` on the raw request stream (before body parsing; see startService). */
export function mountGateway(app: INestApplication, urls: OwnerUrls): void {
  app.use('/api', accessTokenToHeader);
  for (const { prefix, owner, service } of GATEWAY_ROUTES) app.use(prefix, ownerProxy(service, urls[owner]));
}
