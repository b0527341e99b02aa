import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { type NotifySchemaClient, notifySchemaClient } from './notify-schema-client';

describe('notify migration 1798500000000: inbox entries are the in-app deliveries (integration)', () => {
  let schema: NotifySchemaClient;
  let client: Client;

  beforeAll(async () => {
    schema = await notifySchemaClient('concord_notify_in_app_entries');
    client = schema.client;
  });

  afterAll(() => schema?.close());

  /** A delivered ORANGE notice with two inbox entries and its webhook delivery, and a case notice: answers who was told in-app. */
  async function toldEveryWay(): Promise<{ noticeId: string; people: string[]; caseNoticeId: string; mediatorId: string }> {
    const [threadId, noticeId, alertId, enterpriseId, caseNoticeId, mediatorId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const people = [randomUUID(), randomUUID()].sort();
    await client.query(
      `INSERT INTO threads (id, enterprise_id, category, alert_id, status, level, revision, alert, opened_at, updated_at)
       VALUES ($1, $2, 'labor_risk', $3, 'open', 'ORANGE', 1, '{}', now(), now())`,
      [threadId, enterpriseId, alertId],
    );
    await client.query(
      `INSERT INTO notices (id, thread_id, alert_id, alert_revision, reason, round, level, outcome, title, body) VALUES ($1, $2, $3, 1, 'opened', 0, 'ORANGE', 'delivered', 't', '{}')`,
      [noticeId, threadId, alertId],
    );
    for (const personId of people) {
      await client.query(
        `INSERT INTO notifications (id, notice_id, thread_id, alert_id, alert_revision, enterprise_id, person_id, level, language) VALUES ($1, $2, $3, $4, 1, $5, $6, 'ORANGE', 'en')`,
        [randomUUID(), noticeId, threadId, alertId, enterpriseId, personId],
      );
    }
    await client.query(
      `INSERT INTO deliveries (id, notice_id, alert_id, alert_revision, channel, target, payload) VALUES (gen_random_uuid(), $1, $2, 1, 'webhook', 'http://hook.test', '{}')`,
      [noticeId, alertId],
    );
    await client.query(
      `INSERT INTO case_notices (id, event_id, case_id, enterprise_id, kind, person_id, roles, title, body, language)
       VALUES ($1, $2, $3, $4, 'assigned', $5, '{mediator}', 't', '{}', 'en')`,
      [caseNoticeId, `case:${randomUUID()}:assigned`, randomUUID(), enterpriseId, mediatorId],
    );
    return { noticeId, people, caseNoticeId, mediatorId };
  }

  const logOf = async (table: 'deliveries' | 'delivery_log', noticeId: string, caseNoticeId: string) =>
    (
      await client.query<{ channel: string; target: string; status: string }>(
        `SELECT channel, target, status FROM ${table} WHERE notice_id = $1 OR case_notice_id = $2 ORDER BY channel, target`,
        [noticeId, caseNoticeId],
      )
    ).rows.map((row) => `${row.channel}:${row.target}:${row.status}`);

  it('logs every inbox entry as a delivered in-app delivery with one attempt, and takes no in-app delivery row', async () => {
    const { noticeId, people, caseNoticeId, mediatorId } = await toldEveryWay();
    const inApp = [...people, mediatorId].sort().map((personId) => `in_app:${personId}:delivered`);
    expect(await logOf('delivery_log', noticeId, caseNoticeId)).toEqual([...inApp, 'webhook:http://hook.test:pending']);
    expect(await logOf('deliveries', noticeId, caseNoticeId)).toEqual(['webhook:http://hook.test:pending']);
    const { rows } = await client.query(`SELECT attempt, outcome FROM delivery_attempt_log WHERE delivery_id = $1`, [caseNoticeId]);
    expect(rows).toEqual([{ attempt: 1, outcome: 'delivered' }]);
    await expect(
      client.query(`INSERT INTO deliveries (id, case_notice_id, person_id, channel, target) VALUES (gen_random_uuid(), $1, $2, 'in_app', $3)`, [caseNoticeId, mediatorId, mediatorId]),
    ).rejects.toThrow(/deliveries_channel_check/);
  });

  it('reverts by writing each entry its in-app delivery row and attempt, and applies again by removing them', async () => {
    const { noticeId, people, caseNoticeId, mediatorId } = await toldEveryWay();
    const inApp = [...people, mediatorId].sort().map((personId) => `in_app:${personId}:delivered`);

    for (let step = 0; step < 2; step++) await schema.migrate('down');
    expect(await logOf('deliveries', noticeId, caseNoticeId)).toEqual([...inApp, 'webhook:http://hook.test:pending']);
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM delivery_attempts a JOIN deliveries d ON d.id = a.delivery_id WHERE d.channel = 'in_app' AND (d.notice_id = $1 OR d.case_notice_id = $2)`,
      [noticeId, caseNoticeId],
    );
    expect(rows).toEqual([{ n: 3 }]);

    expect(await schema.migrate('up')).toEqual(['InboxEntriesAreInAppDeliveries1798500000000', 'LeanerInboxAndDeliveryWrites1798600000000']);
    expect(await logOf('deliveries', noticeId, caseNoticeId)).toEqual(['webhook:http://hook.test:pending']);
    expect(await logOf('delivery_log', noticeId, caseNoticeId)).toEqual([...inApp, 'webhook:http://hook.test:pending']);
  });
});
