/**
 * The console in Debian's Chromium against the whole system running as `npm run demo` runs it
 * (global-setup.ts): six months of the demo county's history, alerts raised, cases assigned.
 * People log in through the login form, as the demo prints them.
 */
import { waitFor } from '@concord/testing';
import { ADMIN, BrowserSession, ConsoleApi, type Language, demoLogin, lastPagePath } from './harness';

interface Profile {
  enterpriseId: string;
  name: string;
  registeredCode: string;
}
interface CaseItem {
  id: string;
  enterpriseId: string;
  status: string;
  mediatorIds: string[];
}
interface Person {
  id: string;
  email: string | null;
  account: { roles: string[] } | null;
}

/** The demo's story (scripts/demo/region-story.ts): the construction firm in 鼓楼街道 ends RED; a logistics firm in 南门街道 does not. */
const RED_CODE = '91330203MADEMO0001';
const NANMEN_CODE = '91330203MADEMO0005';
const COUNTY_STAFF = demoLogin('county.federation');
const GULOU_STAFF = demoLogin('gulou.union');
const NANMEN_STAFF = demoLogin('nanmen.union');

let admin: ConsoleApi;
let red: Profile;
let nanmenEnterprise: Profile;
let session: BrowserSession | undefined;

/** The RED enterprise's case and the mediator assigned to it, with the login the demo gave them. */
async function redCase(): Promise<{ item: CaseItem; mediator: { email: string; password: string } }> {
  const cases = await admin.get<{ items: CaseItem[] }>(`/v1/cases?enterpriseId=${red.enterpriseId}`);
  const item = cases.items[0];
  if (!item) throw new Error('the demo opened no case for the RED enterprise');
  const people = await admin.get<Person[]>('/v1/people');
  const mediator = people.find((person) => person.id === item.mediatorIds[0] && person.account?.roles.includes('mediator'));
  if (!mediator?.email) throw new Error(`no mediator account for ${item.mediatorIds.join(', ')}`);
  return { item, mediator: demoLogin(mediator.email.split('@')[0]) };
}

async function openAs(account: { email: string; password: string }, language: Language = 'en'): Promise<BrowserSession> {
  session = await BrowserSession.open();
  await session.logIn(account);
  if (language !== 'en') await session.switchLanguage(language);
  return session;
}

beforeAll(async () => {
  admin = await ConsoleApi.as(ADMIN);
  const profiles = await admin.get<Profile[]>('/v1/enterprises');
  red = profiles.find((profile) => profile.registeredCode === RED_CODE) as Profile;
  nanmenEnterprise = profiles.find((profile) => profile.registeredCode === NANMEN_CODE) as Profile;
  expect(red && nanmenEnterprise).toBeTruthy();
});

afterEach(async () => {
  // The page as the test left it, to see what a failing step saw (not one of the page screenshots).
  await session?.page.screenshot({ path: lastPagePath(expect.getState().currentTestName ?? 'unnamed') }).catch(() => undefined);
  await session?.close();
  session = undefined;
});

describe('the console in Chromium', () => {
  it('county staff find the RED enterprise on the board, open it and read why', async () => {
    const { page } = await openAs(COUNTY_STAFF);
    await page.getByTestId('nav-board').click();
    const redRows = page.locator('[data-testid="board-row"][data-level="RED"]');
    await redRows.first().waitFor();
    expect(await redRows.count()).toBe(1);
    expect(await redRows.getAttribute('data-enterprise-id')).toBe(red.enterpriseId);
    await redRows.getByTestId('board-row-link').click();

    const enterprise = page.getByTestId('enterprise-page');
    await enterprise.waitFor();
    expect(await enterprise.getAttribute('data-enterprise-id')).toBe(red.enterpriseId);
    await expect(page.getByTestId('enterprise-name').textContent()).resolves.toContain(red.name);
    expect(await page.getByTestId('enterprise-level').getByTestId('level-badge').getAttribute('data-level')).toBe('RED');
    // Why: wage arrears past the criminal threshold (W4), with the law it rests on.
    const w4 = page.locator('[data-testid="explanation-item"][data-rule-id="W4"]');
    await w4.waitFor();
    expect(await w4.getByTestId('legal-basis').textContent()).toMatch(/\S/);
    await page.getByTestId('enterprise-score-chart').locator('canvas, svg').first().waitFor();
  });

  it('the street staff acknowledge the RED alert in their inbox, and it stays acknowledged', async () => {
    const { page } = await openAs(GULOU_STAFF);
    await page.getByTestId('nav-inbox').click();
    const row = page.locator(`[data-testid="inbox-row"][data-enterprise-id="${red.enterpriseId}"][data-level="RED"]`).first();
    await row.waitFor();
    await row.getByTestId('acknowledge-button').click();
    await row.getByTestId('acknowledged').waitFor();

    await page.reload();
    const again = page.locator(`[data-testid="inbox-row"][data-enterprise-id="${red.enterpriseId}"][data-level="RED"]`).first();
    await again.getByTestId('acknowledged').waitFor();
    expect(await again.getByTestId('acknowledge-button').count()).toBe(0);
  });

  it('the assigned mediator accepts the RED case', async () => {
    const { item, mediator } = await redCase();
    expect(item.status).toBe('assigned');
    const { page } = await openAs(mediator);
    await page.getByTestId('nav-cases').click();
    const row = page.locator(`[data-testid="case-row"][data-case-id="${item.id}"]`);
    // A mediator may not read the directory; the case itself names the enterprise.
    expect(await row.getByTestId('case-row-link').textContent()).toBe(red.name);
    await row.getByTestId('case-row-link').click();
    await page.getByTestId('case-page').waitFor();
    await page.getByTestId('case-command-accept').click();
    await page.getByTestId('case-command-confirm').click();
    await page.locator('[data-testid="case-transition"][data-command="accept"]').waitFor();

    const accepted = await admin.get<{ status: string }>(`/v1/cases/${item.id}`);
    expect(accepted.status).not.toBe('assigned');
  });

  it("street staff cannot open another street's enterprise, in the UI or through the API", async () => {
    const nanmen = await ConsoleApi.as(NANMEN_STAFF);
    // Their own street's enterprise answers, so a 403 for the other is the scope and not a broken login.
    const reads = (id: string) => [`/v1/enterprises/${id}`, `/v1/enterprises/${id}/risk`, `/api/risk/v1/enterprises/${id}/risk`, `/api/risk/v1/enterprises/${id}/scores`];
    const statuses = async (id: string) => Object.fromEntries(await Promise.all(reads(id).map(async (path): Promise<[string, number]> => [path, await nanmen.status(path)])));
    const answering = (id: string, status: number) => Object.fromEntries(reads(id).map((path) => [path, status]));
    expect(await statuses(nanmenEnterprise.enterpriseId)).toEqual(answering(nanmenEnterprise.enterpriseId, 200));
    expect(await statuses(red.enterpriseId)).toEqual(answering(red.enterpriseId, 403));
    // Lists leave out what is outside the scope.
    expect((await nanmen.get<{ items: unknown[] }>(`/v1/alerts?enterpriseId=${red.enterpriseId}`)).items).toEqual([]);
    expect((await nanmen.get<{ items: unknown[] }>(`/v1/cases?enterpriseId=${red.enterpriseId}`)).items).toEqual([]);

    const { page } = await openAs(NANMEN_STAFF);
    await page.getByTestId('nav-board').click();
    await page.getByTestId('board-row').first().waitFor();
    expect(await page.locator(`[data-testid="board-row"][data-enterprise-id="${red.enterpriseId}"]`).count()).toBe(0);
    await page.goto(`/enterprises/${red.enterpriseId}`);
    await page.getByTestId('error').first().waitFor();
    // The page may name the id it was asked for, but nothing the directory or the engine knows about it.
    expect(await page.locator('body').textContent()).not.toContain(red.name);
    expect(await page.getByTestId('enterprise-level').count()).toBe(0);
    expect(await page.getByTestId('explanation-item').count()).toBe(0);
  });

  it("an administrator ends a staff member's logins from the people tab, and restores them", async () => {
    const people = await admin.get<Person[]>('/v1/people');
    const nanmenPerson = people.find((person) => person.email === NANMEN_STAFF.email);
    if (!nanmenPerson) throw new Error(`no person with ${NANMEN_STAFF.email}`);
    const signedIn = await ConsoleApi.as(NANMEN_STAFF);
    const ownEnterprise = `/v1/enterprises/${nanmenEnterprise.enterpriseId}`;
    expect(await signedIn.status(ownEnterprise)).toBe(200);

    const { page } = await openAs(ADMIN);
    await page.getByTestId('nav-admin').click();
    await page.getByTestId('admin-tab-people').click();
    const row = page.locator(`[data-testid="admin-person-row"][data-person-id="${nanmenPerson.id}"]`);
    await row.getByTestId('admin-person-login-switch').click();
    await row.getByText('(disabled)').waitFor();
    // Services cache an account's status for a few seconds; the live session ends within them.
    await waitFor('the live session to be refused', async () => (await signedIn.status(ownEnterprise)) === 401, { timeoutMs: 15_000, intervalMs: 250 });
    await expect(ConsoleApi.as(NANMEN_STAFF)).rejects.toThrow(/answered 401/);

    await row.getByTestId('admin-person-login-switch').click();
    await row.getByText('(disabled)').waitFor({ state: 'detached' });
    expect(await (await ConsoleApi.as(NANMEN_STAFF)).status(ownEnterprise)).toBe(200);
  });

  describe.each<Language>(['en', 'zh-CN'])('screenshots of every main page in %s', (language) => {
    it('board, enterprise, rules and administration (admin)', async () => {
      const { page } = await openAs(ADMIN, language);
      await page.getByTestId('nav-board').click();
      await page.getByTestId('board-row').nth(20).waitFor();
      await page.getByTestId('board-trend-chart').locator('canvas, svg').first().waitFor();
      await session?.screenshot(language, 'board');

      await page.goto(`/enterprises/${red.enterpriseId}`);
      await page.getByTestId('explanation-item').first().waitFor();
      await page.getByTestId('enterprise-score-chart').locator('canvas, svg').first().waitFor();
      await session?.screenshot(language, 'enterprise');

      await page.getByTestId('nav-rules').click();
      await page.getByTestId('rules-current').waitFor();
      await session?.screenshot(language, 'rules');

      await page.getByTestId('nav-admin').click();
      await page.getByTestId('admin-page').waitFor();
      await session?.screenshot(language, 'admin');
    });

    it('inbox (county staff)', async () => {
      const { page } = await openAs(COUNTY_STAFF, language);
      await page.getByTestId('nav-inbox').click();
      await page.getByTestId('inbox-row').first().waitFor();
      await session?.screenshot(language, 'inbox');
    });

    it('cases and a case (the RED case mediator)', async () => {
      const { item, mediator } = await redCase();
      const { page } = await openAs(mediator, language);
      await page.getByTestId('nav-cases').click();
      await page.getByTestId('case-row').first().waitFor();
      await session?.screenshot(language, 'cases');
      await page.locator(`[data-testid="case-row"][data-case-id="${item.id}"]`).getByTestId('case-row-link').click();
      await page.getByTestId('case-page').waitFor();
      await page.getByTestId('case-stage').waitFor();
      await session?.screenshot(language, 'case');
    });
  });
});
