import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { type NotifySchemaClient, notifySchemaClient } from './notify-schema-client';

describe('notify migration 1797900000000: case notices (integration)', () => {
  let schema: NotifySchemaClient;
  let client: Client;

  beforeAll(async () => {
    schema = await notifySchemaClient('concord_notify_migration');
    client = schema.client;
  });

  afterAll(() => schema?.close());

  async function caseDelivery(): Promise<string> {
    const caseNoticeId = randomUUID();
    const personId = randomUUID();
    await client.query(
      `INSERT INTO case_notices (id, event_id, case_id, enterprise_id, kind, person_id, roles, title, body, language)
       VALUES ($1, $2, $3, $4, 'assigned', $5, '{mediator}', 't', '{}', 'en')`,
      [caseNoticeId, `case:${randomUUID()}:assigned`, randomUUID(), randomUUID(), personId],
    );
    const [{ id }] = (await client.query<{ id: string }>(`INSERT INTO deliveries (id, case_notice_id, person_id, channel, target) VALUES (gen_random_uuid(), $1, $2, 'email', 'm@x.test') RETURNING id`, [caseNoticeId, personId])).rows;
    return id;
  }

  it('lets a delivery come from a case notice, never from both origins or neither', async () => {
    await caseDelivery();
    await expect(client.query(`INSERT INTO deliveries (id, channel, target) VALUES (gen_random_uuid(), 'email', 'x@x.test')`)).rejects.toThrow(/deliveries_one_origin/);
  });

  it('reverts, dropping the case deliveries, and applies again', async () => {
    // The later migrations first, then this one.
    for (let step = 0; step < 4; step++) await schema.migrate('down');
    const { rows } = await client.query<{ is_nullable: string }>(
      `SELECT is_nullable FROM information_schema.columns WHERE table_schema = 'notify' AND table_name = 'deliveries' AND column_name = 'notice_id'`,
    );
    expect(rows).toEqual([{ is_nullable: 'NO' }]);
    expect((await client.query(`SELECT to_regclass('notify.case_notices') AS t`)).rows).toEqual([{ t: null }]);
    expect(await schema.migrate('up')).toEqual(['CaseNotices1797900000000', 'NoticeContent1798400000000', 'InboxEntriesAreInAppDeliveries1798500000000', 'LeanerInboxAndDeliveryWrites1798600000000']);
    await caseDelivery();
  });
});
