import { randomUUID } from 'node:crypto';
import type { TopicEvent } from '@concord/contracts';
import { waitFor } from '@concord/testing';
import { NotifierTestApp, type Role, type TestEnterprise } from '../../test/notifier-test-app';

type CaseEvent = TopicEvent<'case.events'>;

const CONTACTS: Role[] = ['liaison', 'committee_management', 'committee_union', 'committee_employee'];

function envelope(id: string, enterpriseId: string, time: string): Omit<CaseEvent, 'type' | 'data'> {
  return { specversion: '1.0', id, source: 'concord/case-service', subject: enterpriseId, time, datacontenttype: 'application/json' };
}

function assigned(caseId: string, enterpriseId: string, mediatorIds: string[]): CaseEvent {
  const at = new Date().toISOString();
  return {
    ...envelope(`case:${caseId}:assigned`, enterpriseId, at),
    type: 'concord.case.mediator_assigned.v1',
    data: { caseId, enterpriseId, mediatorIds, reason: 'expertise wages; workload 0 of 5', assignedAt: at },
  };
}

function stageChanged(caseId: string, enterpriseId: string, change: { from: string; to: string; command: string; mediatorIds: string[] }): CaseEvent {
  const at = new Date().toISOString();
  return {
    ...envelope(`case:${caseId}:transition:${randomUUID()}`, enterpriseId, at),
    type: 'concord.case.stage_changed.v1',
    data: { caseId, enterpriseId, tier: 'county', note: 'no agreement within 15 days', changedAt: at, ...change },
  } as CaseEvent;
}

interface CaseInbox {
  person_id: string;
  kind: string;
  title: string;
  language: string;
}

describe('notifier: case notifications (integration)', () => {
  let notifier: NotifierTestApp;
  let enterprise: TestEnterprise;
  let mediatorEn: string;
  let mediatorZh: string;
  const caseId = randomUUID();

  const inbox = (kind?: string) =>
    notifier.query<CaseInbox>(`SELECT person_id, kind, title, language FROM case_notices WHERE case_id = $1 AND ($2::text IS NULL OR kind = $2) ORDER BY person_id`, [caseId, kind ?? null]);
  /** `<channel>:<person id>:<status>` of every delivery (in-app entries included) of the case's notices of a kind. */
  const deliveries = async (kind: string) =>
    (
      await notifier.query<{ channel: string; person_id: string; status: string }>(
        `SELECT d.channel, d.person_id, d.status FROM delivery_log d JOIN case_notices cn ON cn.id = d.case_notice_id WHERE cn.case_id = $1 AND cn.kind = $2`,
        [caseId, kind],
      )
    )
      .map((row) => `${row.channel}:${row.person_id}:${row.status}`)
      .sort();
  const mailsTo = (personIds: string[], addressOf: (personId: string) => string) =>
    notifier.smtp.received.filter((mail) => personIds.some((personId) => mail.to.includes(addressOf(personId))));
  const mediatorEmail = (personId: string) => `${personId}@mediators.test`;
  /** A message reaches its receiver a moment before its delivery row commits (successes commit in groups), so wait for the rows. */
  const noneLeftPending = (kind: string) => waitFor(`every ${kind} delivery recorded`, async () => (await deliveries(kind)).every((row) => !row.endsWith(':pending')));

  /**
   * A stage change only the liaison hears, published after `events` on the same key: once its entry
   * is in, Kafka delivered everything before it, so a count taken then is final.
   */
  async function publishThenSettle(events: CaseEvent[]): Promise<void> {
    const sentinel = stageChanged(caseId, enterprise.id, { from: 'assigned', to: 'accepted', command: 'accept', mediatorIds: [mediatorEn] });
    const before = (await inbox('stage_changed')).length;
    await notifier.publishCaseEvents([...events, sentinel]);
    await waitFor('the sentinel stage change in the liaison’s inbox', async () => (await inbox('stage_changed')).length > before);
  }

  beforeAll(async () => {
    notifier = await NotifierTestApp.start();
    enterprise = await notifier.enterprise('Harbour Textiles');
    mediatorEn = await notifier.mediator('Alex Chen', 'en', null);
    mediatorZh = await notifier.mediator('王丽', 'zh-CN', null);
    await notifier.query(`UPDATE directory.fixture_mediators SET email = mediator_id || '@mediators.test' WHERE mediator_id = $1`, [mediatorEn]);
  });

  afterAll(async () => {
    await notifier?.stop();
  });

  it('tells an assignment to the assigned mediator, the liaison and the committee, each in their language, once', async () => {
    const event = assigned(caseId, enterprise.id, [mediatorEn]);
    await notifier.publishCaseEvents([event]);
    const contacts = CONTACTS.map((role) => enterprise.people[role]);
    const expected = [mediatorEn, ...contacts];
    const mails = await waitFor('an email to each of the five', () => {
      const got = [...mailsTo([mediatorEn], mediatorEmail), ...mailsTo(contacts, enterprise.emailOf)];
      return got.length >= expected.length ? got : undefined;
    });
    expect(mails).toHaveLength(expected.length);
    const entries = await inbox('assigned');
    expect(entries.map((entry) => entry.person_id).sort()).toEqual([...expected].sort());
    await noneLeftPending('assigned');
    expect(await deliveries('assigned')).toEqual([...expected.map((id) => `email:${id}:delivered`), ...expected.map((id) => `in_app:${id}:delivered`)].sort());

    const toMediator = mailsTo([mediatorEn], mediatorEmail)[0];
    expect(toMediator.subject).toBe('Mediation case assigned to you: Harbour Textiles');
    expect(toMediator.text).toMatch(/Please accept it by \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(toMediator.text).toContain(`https://console.test/cases/${caseId}`);
    const toLiaison = mailsTo([enterprise.people.liaison], enterprise.emailOf)[0];
    expect(toLiaison.subject).toBe('Mediator assigned: Harbour Textiles');
    expect(toLiaison.text).toContain('Alex Chen assigned to mediation case');
    const toUnion = mailsTo([enterprise.people.committee_union], enterprise.emailOf)[0];
    expect(toUnion.subject).toBe('【调解员已指派】Harbour Textiles');
    expect(entries.find((entry) => entry.person_id === enterprise.people.committee_union)?.language).toBe('zh-CN');
    const listed = await notifier.call<{ items: { caseId: string; kind: string; roles: string[]; body: { acceptBy: string | null } }[] }>('GET', `/v1/people/${mediatorEn}/case-notices`);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ caseId, kind: 'assigned', roles: ['mediator'] })]);
    expect(listed.body.items[0].body.acceptBy).not.toBeNull();

    // The same event id again: nobody is told twice.
    const mailCount = notifier.smtp.received.length;
    await publishThenSettle([event]);
    expect((await inbox('assigned')).length).toBe(expected.length);
    expect(await deliveries('assigned')).toHaveLength(expected.length * 2);
    // Only the sentinel's email to the liaison is new.
    await waitFor('the sentinel’s email to the liaison', () => notifier.smtp.received.length === mailCount + 1);
    expect(mailsTo(expected, (id) => (id === mediatorEn ? mediatorEmail(id) : enterprise.emailOf(id)))).toHaveLength(expected.length + 1);
    expect(await inbox('stage_changed')).toEqual([expect.objectContaining({ person_id: enterprise.people.liaison, kind: 'stage_changed' })]);
  });

  it('tells an escalation to the old and new mediators, the liaison and the committee; email only where there is an address', async () => {
    // Escalated to the county tier with a new mediator, who has no address on the roster.
    const event = stageChanged(caseId, enterprise.id, { from: 'failed', to: 'escalated', command: 'escalate', mediatorIds: [mediatorZh] });
    const mailCount = notifier.smtp.received.length;
    await notifier.publishCaseEvents([event]);
    const contacts = CONTACTS.map((role) => enterprise.people[role]);
    const expected = [mediatorEn, mediatorZh, ...contacts];
    const emailed = [mediatorEn, ...contacts];
    const entries = await waitFor('six inbox entries of the escalation', async () => {
      const got = await inbox('escalated');
      return got.length >= expected.length ? got : undefined;
    });
    expect(entries.map((entry) => entry.person_id).sort()).toEqual([...expected].sort());
    expect(entries.find((entry) => entry.person_id === mediatorZh)?.title).toBe('【调解案件升级】Harbour Textiles');
    expect(entries.find((entry) => entry.person_id === mediatorEn)?.title).toBe('Mediation case escalated: Harbour Textiles');
    await waitFor('five escalation emails', () => notifier.smtp.received.length >= mailCount + emailed.length);
    await noneLeftPending('escalated');
    expect(await deliveries('escalated')).toEqual([...emailed.map((id) => `email:${id}:delivered`), ...expected.map((id) => `in_app:${id}:delivered`)].sort());
    const escalationMail = mailsTo([enterprise.people.committee_employee], enterprise.emailOf).find((mail) => mail.subject.includes('升级'));
    expect(escalationMail?.text).toContain('已升级至县级总工会');

    // The same event id again: nobody is told twice; only the sentinel's email to the liaison is new.
    await publishThenSettle([event]);
    expect((await inbox('escalated')).length).toBe(expected.length);
    await waitFor('the sentinel’s email', () => notifier.smtp.received.length === mailCount + emailed.length + 1);
    expect(await deliveries('escalated')).toHaveLength(expected.length + emailed.length);
  });
});
