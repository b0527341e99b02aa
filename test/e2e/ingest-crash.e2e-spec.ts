import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { HR_EVENT_EXAMPLES, TOPICS } from '@concord/contracts';
import {
  type ServiceProcess,
  type TestDatabase,
  type TopicRecorder,
  createTestDatabase,
  freePort,
  installDirectoryFixture,
  recordTopic,
  runServiceCommand,
  serviceTestEnv,
  startServiceProcess,
  testKafkaEnv,
  testRedisEnv,
  waitFor,
} from '@concord/testing';
import { Client } from 'pg';

type HrEvent = Record<string, unknown> & { id: string };
interface Sent {
  events: HrEvent[];
  answer?: { status: number; results?: { id: string; status: string }[] };
}

const BATCHES = 40;
const BATCH_SIZE = 100;
const CLIENTS = 4;

/**
 * Durability of intake (issue 3): ingest-api is SIGKILLed while clients post batches. Every event
 * it answered as accepted must be in Kafka exactly as accepted; a client that got no answer
 * retries the same batch after the restart, and downstream (the risk engine's event store) each
 * event exists exactly once. ingest-api runs with two HTTP workers, as compose runs it: the kill
 * hits the supervising primary, and its workers must go down with it.
 */
describe('ingest-api killed mid-stream (e2e, real processes)', () => {
  const kafka = testKafkaEnv();
  const enterpriseId = randomUUID();
  const apiKey = `ck_${randomBytes(32).toString('base64url')}`;
  let db: TestDatabase;
  let recorder: TopicRecorder;
  let env: NodeJS.ProcessEnv;
  let ingestPort: number;
  const processes: ServiceProcess[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('concord_crash');
    await installDirectoryFixture(db.url);
    const sql = new Client({ connectionString: db.url });
    await sql.connect();
    await sql.query('INSERT INTO directory.fixture_api_keys (key_id, enterprise_id, key_hash, active) VALUES ($1, $2, $3, true)', [
      randomUUID(),
      enterpriseId,
      createHash('sha256').update(apiKey).digest('hex'),
    ]);
    await sql.end();
    env = {
      ...serviceTestEnv({
        databaseUrl: db.url,
        kafka,
        redis: testRedisEnv(),
        extra: {
          INGEST_RATE_PER_KEY_PER_MINUTE: '100000',
          INGEST_HTTP_WORKERS: '2',
          COMPLAINT_IDENTITY_KEY: randomBytes(32).toString('base64'),
          COMPLAINT_PSEUDONYM_KEY: randomBytes(32).toString('hex'),
        },
      }),
    };
    for (const app of ['ingest-api', 'risk-engine']) {
      const { code, output } = await runServiceCommand(app, 'migrate', env);
      if (code !== 0) throw new Error(`${app} migrate failed:\n${output}`);
    }
    recorder = await recordTopic(kafka, TOPICS.hrEvents);
    ingestPort = await freePort();
  });

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop('SIGKILL')));
    await recorder?.stop();
    await db?.drop();
  });

  const post = async (batch: Sent): Promise<Sent['answer']> => {
    try {
      const response = await fetch(`http://127.0.0.1:${ingestPort}/v1/events/batch`, {
        method: 'POST',
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ events: batch.events }),
      });
      batch.answer = { status: response.status, ...((await response.json()) as object) };
    } catch {
      // The process died mid-request: no answer, so the client will retry the same batch.
      batch.answer = undefined;
    }
    return batch.answer;
  };

  it('keeps every acknowledged event exactly as accepted, and a retried batch creates no duplicate downstream', async () => {
    const types = Object.entries(HR_EVENT_EXAMPLES);
    const batches: Sent[] = Array.from({ length: BATCHES }, (_, b) => ({
      events: Array.from({ length: BATCH_SIZE }, (_, i) => {
        const [type, data] = types[(b * BATCH_SIZE + i) % types.length];
        return { specversion: '1.0', id: `crash-${b}-${i}`, source: 'test/hr', type, subject: enterpriseId, time: new Date().toISOString(), data };
      }),
    }));

    const ingest = await startServiceProcess('ingest-api', ingestPort, env);
    processes.push(ingest);
    let next = 0;
    const clients = Array.from({ length: CLIENTS }, async () => {
      for (let i = next++; i < batches.length; i = next++) await post(batches[i]);
    });
    // Kill once some batches have been answered, while others are in flight.
    await waitFor('a few answered batches', () => batches.filter((b) => b.answer).length >= 6, { intervalMs: 5 });
    await ingest.stop('SIGKILL');
    await Promise.all(clients);

    const answered = batches.filter((b) => b.answer?.status === 200);
    const unanswered = batches.filter((b) => !b.answer);
    expect(answered.length).toBeGreaterThanOrEqual(6);
    expect(unanswered.length).toBeGreaterThan(0);

    // Every event answered as accepted is in Kafka, byte-for-byte the event that was accepted.
    const acknowledged = answered.flatMap((b) => b.events.filter((e) => b.answer?.results?.find((r) => r.id === e.id)?.status === 'accepted'));
    expect(acknowledged).toHaveLength(answered.length * BATCH_SIZE);
    const inKafka = await waitFor('every acknowledged event in Kafka', () => {
      const byId = new Map(recorder.events<HrEvent>().map((e) => [e.id, e]));
      return acknowledged.every((e) => byId.has(e.id)) ? byId : undefined;
    });
    for (const event of acknowledged) expect(inKafka.get(event.id)).toEqual(event);

    // The client retries what got no answer (and, being unsure, one batch that did).
    processes.push(await startServiceProcess('ingest-api', ingestPort, env));
    for (const batch of [...unanswered, answered[0]]) {
      const answer = await post(batch);
      expect(answer?.status).toBe(200);
      expect(answer?.results?.every((r) => r.status === 'accepted' || r.status === 'duplicate')).toBe(true);
    }

    // Downstream, every event exists exactly once, whatever Kafka holds after the retries.
    processes.push(await startServiceProcess('risk-engine', await freePort(), env));
    const sql = new Client({ connectionString: db.url });
    await sql.connect();
    try {
      const total = BATCHES * BATCH_SIZE;
      await waitFor('the risk engine to store every event', async () => {
        const { rows } = await sql.query<{ n: string }>('SELECT count(*) AS n FROM risk.events');
        return Number(rows[0].n) === total;
      }, { timeoutMs: 90_000 });
      const { rows } = await sql.query<{ n: string; distinct: string }>('SELECT count(*) AS n, count(DISTINCT event_id) AS distinct FROM risk.events');
      expect(rows[0]).toEqual({ n: String(total), distinct: String(total) });
    } finally {
      await sql.end();
    }
  });
});
