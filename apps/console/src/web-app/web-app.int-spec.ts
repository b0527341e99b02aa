import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ConsoleTestApp, TEST_ADMIN, startConsoleTestApp } from '../console-test-app';

const INDEX = '<!doctype html><html><body><div id="root"></div><script src="/assets/index-Ab12Cd34.js"></script></body></html>';
const SCRIPT = 'console.log("board")';

describe('console serving the web app (real Postgres, Redis, HTTP)', () => {
  describe('with a built web app', () => {
    let dir: string;
    let consoleApp: ConsoleTestApp;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'console-web-'));
      mkdirSync(join(dir, 'assets'));
      writeFileSync(join(dir, 'index.html'), INDEX);
      writeFileSync(join(dir, 'assets', 'index-Ab12Cd34.js'), SCRIPT);
      writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
      consoleApp = await startConsoleTestApp({ CONSOLE_WEB_DIR: dir });
    });

    afterAll(async () => {
      await consoleApp?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('serves index.html at / and for client-side routes, never cached', async () => {
      for (const path of ['/', '/enterprises/11111111-1111-4111-8111-111111111111', '/board?level=red', '/index.html']) {
        const res = await consoleApp.call('GET', path);
        expect({ path, status: res.status, body: res.body, cache: res.headers.get('cache-control') }).toEqual({ path, status: 200, body: INDEX, cache: 'no-cache' });
        expect(res.headers.get('content-type')).toContain('text/html');
      }
    });

    it('serves hashed assets as immutable and other files revalidated', async () => {
      const script = await consoleApp.call('GET', '/assets/index-Ab12Cd34.js');
      expect(script).toMatchObject({ status: 200, body: SCRIPT });
      expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const icon = await consoleApp.call('GET', '/favicon.svg');
      expect(icon.status).toBe(200);
      expect(icon.headers.get('cache-control')).toBe('no-cache');
    });

    it('answers 404 for a missing file instead of handing it the page', async () => {
      expect((await consoleApp.call('GET', '/assets/index-gone.js')).status).toBe(404);
    });

    it('leaves the API, gateway, health and docs paths and non-GET requests to the server', async () => {
      const api = await consoleApp.call('GET', '/v1/nothing-here');
      expect(api.status).toBe(404);
      expect(api.body).toMatchObject({ error: 'not_found' });
      expect((await consoleApp.call('GET', '/v1/regions')).status).toBe(401);
      expect((await consoleApp.call('GET', '/api/risk/v1/alerts')).status).toBe(503);
      expect((await consoleApp.call('GET', '/health/live')).status).toBe(200);
      expect((await consoleApp.call('GET', '/docs')).body).not.toBe(INDEX);
      expect((await consoleApp.call('POST', '/board', { body: {} })).status).toBe(404);
      const token = await consoleApp.logIn(TEST_ADMIN);
      expect((await consoleApp.call('GET', '/v1/me', { token })).status).toBe(200);
    });
  });

  describe('without a build', () => {
    let dir: string;
    let consoleApp: ConsoleTestApp;

    beforeAll(async () => {
      dir = join(mkdtempSync(join(tmpdir(), 'console-web-later-')), 'web');
      consoleApp = await startConsoleTestApp({ CONSOLE_WEB_DIR: dir });
    });

    afterAll(async () => {
      await consoleApp?.close();
      rmSync(join(dir, '..'), { recursive: true, force: true });
    });

    it('still starts and serves its API, and / says how to build the web app', async () => {
      const res = await consoleApp.call('GET', '/');
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ error: 'not_found', message: expect.stringContaining('npm run build') });
      expect((await consoleApp.call('GET', '/health/ready')).status).toBe(200);
      expect((await consoleApp.call('GET', '/v1/regions')).status).toBe(401);
    });

    it('serves the web app once it is built, without a restart', async () => {
      mkdirSync(dir);
      writeFileSync(join(dir, 'index.html'), INDEX);
      expect(await consoleApp.call('GET', '/board')).toMatchObject({ status: 200, body: INDEX });
    });
  });
});
