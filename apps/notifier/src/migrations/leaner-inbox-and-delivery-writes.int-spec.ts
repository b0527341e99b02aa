import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { type NotifySchemaClient, notifySchemaClient } from './notify-schema-client';

describe('notify migration 1798600000000: leaner inbox and delivery writes (integration)', () => {
  let schema: NotifySchemaClient;
  let client: Client;

  beforeAll(async () => {
    schema = await notifySchemaClient('concord_notify_leaner_writes');
    client = schema.client;
  });

  afterAll(() => schema?.close());

  /** A thread with a delivered notice; answers their ids. */
  async function toldThread(): Promise<{ threadId: string; noticeId: string; alertId: string }> {
    const [threadId, noticeId, alertId] = [randomUUID(), randomUUID(), randomUUID()];
    await client.query(
      `INSERT INTO threads (id, enterprise_id, category, alert_id, status, level, revision, alert, opened_at, updated_at)
       VALUES ($1, $2, 'labor_risk', $3, 'open', 'YELLOW', 1, '{}', now(), now())`,
      [threadId, randomUUID(), alertId],
    );
    await client.query(
      `INSERT INTO notices (id, thread_id, alert_id, alert_revision, reason, round, level, outcome, title, body) VALUES ($1, $2, $3, 1, 'opened', 0, 'YELLOW', 'delivered', 't', '{}')`,
      [noticeId, threadId, alertId],
    );
    return { threadId, noticeId, alertId };
  }

  const entry = (noticeId: string, threadId: string, alertId: string) =>
    client.query(
      `INSERT INTO notifications (id, notice_id, thread_id, alert_id, alert_revision, enterprise_id, person_id, level, language) VALUES ($1, $2, $3, $4, 1, $5, $6, 'YELLOW', 'en')`,
      [randomUUID(), noticeId, threadId, alertId, randomUUID(), randomUUID()],
    );

  it("takes an inbox entry of its notice's thread and refuses one naming another thread, or no notice", async () => {
    const told = await toldThread();
    const other = await toldThread();
    await entry(told.noticeId, told.threadId, told.alertId);
    await expect(entry(told.noticeId, other.threadId, told.alertId)).rejects.toThrow(/notifications_of_notice/);
    await expect(entry(randomUUID(), told.threadId, told.alertId)).rejects.toThrow(/notifications_of_notice/);
  });

  it('indexes deliveries by inbox entry only where they have one', async () => {
    const { rows } = await client.query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE schemaname = 'notify' AND indexname = 'deliveries_notification'`);
    expect(rows[0].indexdef).toMatch(/\(notification_id\) WHERE \(notification_id IS NOT NULL\)/);
  });

  it('reverts to the two single keys and applies again', async () => {
    const told = await toldThread();
    const other = await toldThread();
    await schema.migrate('down');
    // Before, an entry could name a thread other than its notice's.
    await entry(told.noticeId, other.threadId, told.alertId);
    await expect(entry(randomUUID(), told.threadId, told.alertId)).rejects.toThrow(/notifications_notice_id_fkey/);
    await client.query(`DELETE FROM notifications WHERE notice_id = $1 AND thread_id = $2`, [told.noticeId, other.threadId]);

    expect(await schema.migrate('up')).toEqual(['LeanerInboxAndDeliveryWrites1798600000000']);
    await expect(entry(told.noticeId, other.threadId, told.alertId)).rejects.toThrow(/notifications_of_notice/);
  });
});
