import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { startService } from '@concord/platform';
import { StaffChangeAuditor } from './audit/staff-change-auditor';
import type { ConsoleConfig } from './console.config';
import { ConsoleModule, ownerUrlsOf } from './console.module';
import { mountGateway } from './gateway/mount-gateway';
import { serveWebApp } from './web-app/serve-web-app';

/**
 * The console as the browser's one origin: the audit hook first (it must see every change, the
 * proxied ones too), then the gateway to the owners on the raw request stream, then the web app,
 * then the console's own API.
 */
export function startConsole(config: ConsoleConfig, port: number = config.PORT): Promise<INestApplication> {
  return startService({
    rootModule: ConsoleModule.forRoot(config),
    port,
    beforeBodyParsing: (app) => {
      app.use(app.get(StaffChangeAuditor).middleware);
      mountGateway(app, ownerUrlsOf(config));
    },
    // The bundle is dist/apps/console/main.js and Vite builds the web app into dist/apps/console/web.
    configure: (app) => app.use(serveWebApp(config.CONSOLE_WEB_DIR ?? join(__dirname, 'web'))),
  });
}
