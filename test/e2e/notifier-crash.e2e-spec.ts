import { randomUUID } from 'node:crypto';
import { TOPICS, WEBHOOK_DELIVERY_HEADER } from '@concord/contracts';
import {
  type HttpReceiver,
  type RedisServer,
  type ServiceProcess,
  type TestDatabase,
  createTestDatabase,
  freePort,
  installDirectoryFixture,
  produceRaw,
  runServiceCommand,
  serviceTestEnv,
  startHttpReceiver,
  startRedisServer,
  startServiceProcess,
  syntheticRiskAlert,
  testKafkaEnv,
  waitFor,
} from '@concord/testing';
import { Client } from 'pg';

/** The acceptance size; `NOTIFIER_CRASH_ALERTS` makes a quicker run for a developer. */
const ALERTS = Number(process.env.NOTIFIER_CRASH_ALERTS ?? 1_000);
/** Delivery jobs the notifier runs at once (its production default): the most that can be mid-send at the kill. */
const WORKER_CONCURRENCY = 50;

/**
 * Issue 5 acceptance: the notifier is SIGKILLed and its Redis (which keeps nothing on disk, as on
 * this machine) is restarted empty in the middle of 1,000 alerts. Postgres holds every thread,
 * notice and delivery, so the restarted notifier's sweeper re-creates the lost jobs: every alert
 * reaches its people and the webhook, and nobody gets a second message for the same alert version
 * on the same channel.
 */
describe('notifier killed and its Redis restarted mid-stream (e2e, real processes)', () => {
  const kafka = testKafkaEnv();
  const enterprises = Array.from({ length: ALERTS }, () => ({ id: randomUUID(), liaison: randomUUID(), chair: randomUUID(), alertId: randomUUID() }));
  let db: TestDatabase;
  let sql: Client;
  let redis: RedisServer;
  let receiver: HttpReceiver;
  let env: NodeJS.ProcessEnv;
  const processes: ServiceProcess[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('concord_notifier_crash');
    await installDirectoryFixture(db.url);
    sql = new Client({ connectionString: db.url });
    await sql.connect();
    const community = randomUUID();
    await sql.query(
      `INSERT INTO directory.fixture_enterprises (enterprise_id, name, registered_code, region_id, region_path, industry, headcount, liaison_person_id)
       SELECT e.id, 'Enterprise ' || e.n, 'code-' || e.n, $2, ARRAY[$2]::uuid[], 'manufacturing', 100, e.liaison
         FROM unnest($1::uuid[], $3::uuid[]) WITH ORDINALITY AS e(id, liaison, n)`,
      [enterprises.map((e) => e.id), community, enterprises.map((e) => e.liaison)],
    );
    await sql.query(
      `INSERT INTO directory.fixture_contacts (enterprise_id, person_id, role, name)
       SELECT e.id, e.liaison, 'liaison', 'Liaison' FROM unnest($1::uuid[], $2::uuid[]) AS e(id, liaison)
       UNION ALL SELECT e.id, e.chair, 'grassroots_union_chair', 'Chair' FROM unnest($1::uuid[], $3::uuid[]) AS e(id, chair)`,
      [enterprises.map((e) => e.id), enterprises.map((e) => e.liaison), enterprises.map((e) => e.chair)],
    );
    redis = await startRedisServer(await freePort());
    receiver = await startHttpReceiver();
    env = {
      ...serviceTestEnv({ databaseUrl: db.url, kafka, redis: { REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'notifier-crash' } }),
      WEBHOOK_URL: receiver.url,
      WEBHOOK_SECRET: 'notifier-crash-webhook-secret',
      ACK_LINK_SECRET: 'notifier-crash-ack-link-secret-32-chars!',
      NOTIFY_GROUP_WAIT_MS: '0',
      NOTIFY_WORKER_CONCURRENCY: String(WORKER_CONCURRENCY),
      NOTIFY_SWEEP_MS: '1000',
      NOTIFY_RETRY_BASE_MS: '200',
    };
    const { code, output } = await runServiceCommand('notifier', 'migrate', env);
    if (code !== 0) throw new Error(`notifier migrate failed:\n${output}`);
  });

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop('SIGKILL')));
    await redis?.stop();
    await receiver?.close();
    await sql?.end();
    await db?.drop();
  });

  const webhooksAnswered = () => new Set(receiver.received.filter((r) => r.answeredWith === 200).map((r) => r.headers[WEBHOOK_DELIVERY_HEADER] as string));
  const count = async (query: string) => Number((await sql.query<{ n: string }>(query)).rows[0].n);

  it(`loses none of ${ALERTS} alerts and sends no duplicate across a SIGKILL and an emptied Redis`, async () => {
    let notifier = await startServiceProcess('notifier', await freePort(), env);
    processes.push(notifier);
    const events = enterprises.map((e) => syntheticRiskAlert({ enterpriseId: e.id, alertId: e.alertId, level: 'BLUE' }));
    for (let i = 0; i < events.length; i += 200) {
      await produceRaw(kafka, TOPICS.riskAlerts, events.slice(i, i + 200).map((event) => ({ key: event.subject, value: JSON.stringify(event) })));
    }
    await waitFor('a third of the webhooks to arrive', () => webhooksAnswered().size >= ALERTS / 3, { timeoutMs: 300_000, intervalMs: 50 });
    await notifier.stop('SIGKILL');
    await redis.restart();
    const atKill = webhooksAnswered().size;
    notifier = await startServiceProcess('notifier', await freePort(), env);
    processes.push(notifier);

    await waitFor('every delivery delivered', async () => (await count(`SELECT count(*) AS n FROM notify.delivery_log WHERE status = 'delivered'`)) === ALERTS * 3, {
      timeoutMs: 600_000,
      intervalMs: 500,
    });
    expect(await count(`SELECT count(*) AS n FROM notify.delivery_log`)).toBe(ALERTS * 3);
    expect(await count(`SELECT count(*) AS n FROM notify.notices`)).toBe(ALERTS);
    expect(await count(`SELECT count(*) AS n FROM notify.threads`)).toBe(ALERTS);
    // One inbox entry per person and alert version: nobody was told twice in-app.
    expect(await count(`SELECT count(*) AS n FROM notify.notifications`)).toBe(ALERTS * 2);
    expect(await count(`SELECT count(*) AS n FROM (SELECT 1 FROM notify.notifications GROUP BY alert_id, alert_revision, person_id HAVING count(*) > 1) d`)).toBe(0);

    // Every alert's webhook went out under exactly one delivery id, and each id was answered 200.
    const deliveryIds = (await sql.query<{ id: string; alert_id: string }>(`SELECT id, alert_id FROM notify.deliveries WHERE channel = 'webhook'`)).rows;
    expect(new Set(deliveryIds.map((d) => d.alert_id)).size).toBe(ALERTS);
    await waitFor('the receiver to have every webhook', () => webhooksAnswered().size === ALERTS);
    // An HTTP POST whose answer arrived after the kill is sent again with the same delivery id (receivers dedupe on it): at most the jobs that were running.
    const resent = receiver.received.filter((r) => r.answeredWith === 200).length - ALERTS;
    expect(resent).toBeLessThanOrEqual(WORKER_CONCURRENCY);
    process.stdout.write(`notifier crash: ${ALERTS} alerts, ${atKill} webhooks before the kill, Redis emptied, 0 lost, 0 duplicate messages, ${resent} webhook re-sends of an already-answered delivery id\n`);
  }, 900_000);
});
