import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { type NotifySchemaClient, notifySchemaClient } from '../migrations/notify-schema-client';
import { DELIVERED_SQL, FAILED_SQL } from './delivery-log';

const DELIVERIES = 3_000;
const IN_FLIGHT = 2_000;

describe('notifier delivery log statements in a burst (integration)', () => {
  let schema: NotifySchemaClient;
  let client: Client;
  let ids: string[];

  /**
   * One notice with DELIVERIES webhook deliveries, analysed while all were delivered (the quiet
   * moment autovacuum last saw), then IN_FLIGHT of them pending again: a burst the statistics
   * have not seen.
   */
  beforeAll(async () => {
    schema = await notifySchemaClient('concord_notify_delivery_log');
    client = schema.client;
    // The statistics stay those of the quiet moment: an autovacuum analysing the burst mid-test would test another case.
    await client.query('ALTER TABLE deliveries SET (autovacuum_enabled = false)');
    const [threadId, noticeId, alertId] = [randomUUID(), randomUUID(), randomUUID()];
    await client.query(
      `INSERT INTO threads (id, enterprise_id, category, alert_id, status, level, revision, alert, opened_at, updated_at)
       VALUES ($1, $2, 'labor_risk', $3, 'open', 'RED', 1, '{}', now(), now())`,
      [threadId, randomUUID(), alertId],
    );
    await client.query(`INSERT INTO notices (id, thread_id, alert_id, alert_revision, reason, round, level, outcome, title, body) VALUES ($1, $2, $3, 1, 'opened', 0, 'RED', 'delivered', 't', '{}')`, [
      noticeId,
      threadId,
      alertId,
    ]);
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO deliveries (id, notice_id, alert_id, alert_revision, channel, target, payload, status, delivered_at)
       SELECT gen_random_uuid(), $1, $2, 1, 'webhook', 'http://hook.test/' || n, '{}', 'delivered', now() FROM generate_series(1, $3::int) AS n
       RETURNING id`,
      [noticeId, alertId, DELIVERIES],
    );
    ids = rows.map((row) => row.id);
    await client.query('ANALYZE deliveries');
    await client.query(`UPDATE deliveries SET status = 'pending', delivered_at = NULL WHERE id = ANY($1::uuid[])`, [ids.slice(0, IN_FLIGHT)]);
  });

  afterAll(() => schema?.close());

  const planOf = async (sql: string, params: unknown[]) =>
    (await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, params)).rows.map((row) => row['QUERY PLAN']).join('\n');

  it('find the deliveries they move by primary key, not by reading every pending one', async () => {
    const group = ids.slice(0, 25);
    const delivered = await planOf(DELIVERED_SQL, [group, group.map(() => 200)]);
    expect(delivered).toContain('deliveries_pkey');
    expect(delivered).not.toContain('deliveries_pending');
    const failed = await planOf(FAILED_SQL, [ids[30], 'HTTP 500', false, 500]);
    expect(failed).toContain('deliveries_pkey');
    expect(failed).not.toContain('deliveries_pending');
  });

  it('find them by primary key in the generic plan too, which the prepared statement settles on after five runs', async () => {
    await client.query(`PREPARE delivered_generic AS ${DELIVERED_SQL}`);
    await client.query(`SET plan_cache_mode = force_generic_plan`);
    try {
      const group = ids.slice(0, 25);
      // EXECUTE takes no bind parameters: the ids (uuids from Postgres) go in as a literal.
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN EXECUTE delivered_generic('{${group.join(',')}}', '{${group.map(() => 200).join(',')}}')`);
      const generic = rows.map((row) => row['QUERY PLAN']).join('\n');
      expect(generic).toContain('deliveries_pkey');
      expect(generic).not.toContain('deliveries_pending');
    } finally {
      await client.query(`RESET plan_cache_mode`);
      await client.query(`DEALLOCATE delivered_generic`);
    }
  });

  it('move only pending deliveries, logging each attempt once', async () => {
    const [pending, alreadyDelivered] = [ids.slice(100, 103), ids[IN_FLIGHT + 1]];
    await client.query(FAILED_SQL, [pending[2], 'HTTP 500', true, 500]);
    await client.query(DELIVERED_SQL, [[...pending, alreadyDelivered], [200, 200, 200, 200]]);
    await client.query(DELIVERED_SQL, [pending, [200, 200, 200]]);
    const { rows } = await client.query<{ id: string; status: string; attempts: number; log: string }>(
      `SELECT d.id, d.status, d.attempts, string_agg(a.attempt || ':' || a.outcome, ',' ORDER BY a.attempt) AS log
         FROM deliveries d LEFT JOIN delivery_attempts a ON a.delivery_id = d.id WHERE d.id = ANY($1::uuid[]) GROUP BY d.id`,
      [[...pending, alreadyDelivered]],
    );
    const byId = new Map(rows.map((row) => [row.id, `${row.status} ${row.attempts} ${row.log ?? '-'}`]));
    expect(byId.get(pending[0])).toBe('delivered 1 1:delivered');
    expect(byId.get(pending[1])).toBe('delivered 1 1:delivered');
    expect(byId.get(pending[2])).toBe('dead 1 1:failed');
    expect(byId.get(alreadyDelivered)).toBe('delivered 0 -');
  });
});
