import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { type NotifySchemaClient, notifySchemaClient } from './notify-schema-client';

const BODY = { enterprise: 'Harbour Textiles', level: 'ORANGE' };

describe('notify migration 1798400000000: notice content (integration)', () => {
  let schema: NotifySchemaClient;
  let client: Client;

  beforeAll(async () => {
    schema = await notifySchemaClient('concord_notify_notice_content');
    client = schema.client;
  });

  afterAll(() => schema?.close());

  /** A told ORANGE thread with one notice; the caller adds its inbox entries. */
  async function toldNotice(): Promise<{ threadId: string; noticeId: string; alertId: string }> {
    const [threadId, noticeId, alertId] = [randomUUID(), randomUUID(), randomUUID()];
    await client.query(
      `INSERT INTO threads (id, enterprise_id, category, alert_id, status, level, revision, alert, opened_at, updated_at)
       VALUES ($1, $2, 'labor_risk', $3, 'open', 'ORANGE', 1, '{}', now(), now())`,
      [threadId, randomUUID(), alertId],
    );
    return { threadId, noticeId, alertId };
  }

  async function entries(noticeId: string): Promise<{ title: string; body: unknown }[]> {
    return (await client.query<{ title: string; body: unknown }>(`SELECT title, body FROM notifications WHERE notice_id = $1`, [noticeId])).rows;
  }

  it('keeps the content of a delivered notice on the notice; a muted one needs none', async () => {
    const { threadId, noticeId, alertId } = await toldNotice();
    await expect(
      client.query(`INSERT INTO notices (id, thread_id, alert_id, alert_revision, reason, round, level, outcome) VALUES ($1, $2, $3, 1, 'opened', 0, 'ORANGE', 'delivered')`, [
        noticeId,
        threadId,
        alertId,
      ]),
    ).rejects.toThrow(/notices_content_when_delivered/);
    await client.query(
      `INSERT INTO notices (id, thread_id, alert_id, alert_revision, reason, round, level, outcome, detail) VALUES ($1, $2, $3, 1, 'opened', 0, 'ORANGE', 'silenced', 'silenced:x')`,
      [noticeId, threadId, alertId],
    );
  });

  it('reverts by copying the content back to every inbox entry, and applies again by keeping it once', async () => {
    const { threadId, noticeId, alertId } = await toldNotice();
    await client.query(
      `INSERT INTO notices (id, thread_id, alert_id, alert_revision, reason, round, level, outcome, title, body) VALUES ($1, $2, $3, 1, 'opened', 0, 'ORANGE', 'delivered', 'ORANGE risk alert', $4)`,
      [noticeId, threadId, alertId, BODY],
    );
    const people = [randomUUID(), randomUUID()];
    for (const personId of people) {
      await client.query(
        `INSERT INTO notifications (id, notice_id, thread_id, alert_id, alert_revision, enterprise_id, person_id, level, language) VALUES ($1, $2, $3, $4, 1, $5, $6, 'ORANGE', 'en')`,
        [randomUUID(), noticeId, threadId, alertId, randomUUID(), personId],
      );
    }

    // The later migrations first, then this one.
    for (let step = 0; step < 3; step++) await schema.migrate('down');
    expect(await entries(noticeId)).toEqual(people.map(() => ({ title: 'ORANGE risk alert', body: BODY })));

    expect(await schema.migrate('up')).toEqual(['NoticeContent1798400000000', 'InboxEntriesAreInAppDeliveries1798500000000', 'LeanerInboxAndDeliveryWrites1798600000000']);
    const { rows } = await client.query(`SELECT title, body FROM notices WHERE id = $1`, [noticeId]);
    expect(rows).toEqual([{ title: 'ORANGE risk alert', body: BODY }]);
    await expect(entries(noticeId)).rejects.toThrow(/column "title" does not exist/);
  });
});
