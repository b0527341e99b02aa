import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type Page, chromium } from 'playwright-core';

/** Debian's Chromium (ensure-infra.sh installs the `chromium` package), never a downloaded build. */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const SCREENSHOT_DIR = join(__dirname, '..', '..', '.run', 'screenshots');
const LAST_PAGE_DIR = join(__dirname, '..', '..', '.run', 'browser', 'last-pages');

/** Where the page a test ended on is kept: .run/browser/last-pages/<test name>.png. */
export function lastPagePath(testName: string): string {
  mkdirSync(LAST_PAGE_DIR, { recursive: true });
  return join(LAST_PAGE_DIR, `${testName.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 120)}.png`);
}

export const ADMIN = { email: process.env.ADMIN_EMAIL ?? 'admin@concord.local', password: process.env.ADMIN_PASSWORD ?? 'concord-demo-admin' };
/** The demo seed's staff accounts (apps/console/src/seed/demo-directory.data.ts) share this password. */
export const DEMO_PASSWORD = 'concord-demo-staff';
export const demoLogin = (key: string) => ({ email: `${key}@demo.concord.example`, password: DEMO_PASSWORD });

export type Language = 'en' | 'zh-CN';

export function consoleUrl(): string {
  const url = process.env.BROWSER_CONSOLE_URL;
  if (!url) throw new Error('BROWSER_CONSOLE_URL is unset: run through the jest "browser" project, whose global setup starts the demo');
  return url;
}

/** One person's browser: a fresh Chromium profile of its own, so no session or language leaks between people. */
export class BrowserSession {
  private constructor(
    private readonly context: BrowserContext,
    private readonly profileDir: string,
    readonly page: Page,
  ) {}

  static async open(): Promise<BrowserSession> {
    const profileDir = mkdtempSync(join(tmpdir(), 'concord-chromium-'));
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      headless: true,
      locale: 'en-US',
      viewport: { width: 1440, height: 900 },
      baseURL: consoleUrl(),
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(15_000);
    return new BrowserSession(context, profileDir, page);
  }

  /** Logs in through the login form and waits until the shell shows who is logged in. */
  async logIn(account: { email: string; password: string }): Promise<void> {
    const { page } = this;
    await page.goto('/login');
    await page.getByTestId('login-email').fill(account.email);
    await page.getByTestId('login-password').fill(account.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('current-person').waitFor();
  }

  async switchLanguage(language: Language): Promise<void> {
    await this.page.getByTestId('language-switch').selectOption(language);
  }

  /** A full-page screenshot at .run/screenshots/<language>/<name>.png. */
  async screenshot(language: Language, name: string): Promise<void> {
    mkdirSync(join(SCREENSHOT_DIR, language), { recursive: true });
    // ECharts animates its first paint; a picture mid-animation shows half-drawn charts.
    await this.page.waitForTimeout(1_000);
    await this.page.screenshot({ path: join(SCREENSHOT_DIR, language, `${name}.png`), fullPage: true });
  }

  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.profileDir, { recursive: true, force: true });
  }
}

/** The console's API as a script would call it: log in for a token, then GET with it. */
export class ConsoleApi {
  private constructor(private readonly token: string) {}

  static async as(account: { email: string; password: string }): Promise<ConsoleApi> {
    const response = await fetch(`${consoleUrl()}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(account) });
    if (!response.ok) throw new Error(`login of ${account.email} answered ${response.status}`);
    return new ConsoleApi(((await response.json()) as { token: string }).token);
  }

  async status(path: string): Promise<number> {
    return (await fetch(`${consoleUrl()}${path}`, { headers: { authorization: `Bearer ${this.token}` } })).status;
  }

  async get<T>(path: string): Promise<T> {
    const response = await fetch(`${consoleUrl()}${path}`, { headers: { authorization: `Bearer ${this.token}` } });
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  }
}
