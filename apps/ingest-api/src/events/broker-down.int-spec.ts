import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testKafkaEnv, wagePaymentEvent } from '@concord/testing';
import { type IngestTestApp, startIngestTestApp } from '../../test/ingest-test-app';

/** A dev broker of this test's own, so stopping it leaves every other suite's broker alone. */
function ownBroker() {
  const stateDir = mkdtempSync(join(tmpdir(), 'ingest-broker-'));
  const script = join(__dirname, '..', '..', '..', '..', 'scripts', 'broker.sh');
  const run = (command: 'start' | 'stop') => execFileSync('bash', [script, command], { encoding: 'utf8', env: { ...process.env, BROKER_STATE_DIR: stateDir } }).trim();
  return {
    start: () => run('start'),
    stop: () => {
      run('stop');
    },
    remove: () => rmSync(stateDir, { recursive: true, force: true }),
  };
}

describe('ingest-api with the broker down (integration: a dev broker of its own)', () => {
  const broker = ownBroker();
  let ingest: IngestTestApp;

  const wageEvent = () => wagePaymentEvent({ enterpriseId: ingest.enterpriseId, headcount: 10, workersUnpaid: 0, daysLate: 0 });

  beforeAll(async () => {
    const address = broker.start();
    ingest = await startIngestTestApp({ kafka: { ...testKafkaEnv(), KAFKA_BROKERS: [address] } });
  });

  afterAll(async () => {
    broker.stop();
    await ingest?.close();
    broker.remove();
  });

  it('answers 503 with Retry-After within seconds, records nothing, and reports Kafka not ready', async () => {
    const before = wageEvent();
    expect((await ingest.post('/v1/events', before)).status).toBe(202);

    broker.stop();
    const single = wageEvent();
    const started = Date.now();
    const response = await ingest.post('/v1/events', single);
    expect(response.status).toBe(503);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await response.json()).toMatchObject({ error: 'unavailable', message: expect.stringMatching(/retry/) });
    expect(Date.now() - started).toBeLessThan(15_000);

    const batch = await ingest.post('/v1/events/batch', { events: [wageEvent(), wageEvent()] });
    expect(batch.status).toBe(503);
    expect(batch.headers.get('retry-after')).toBeTruthy();

    expect(await ingest.acceptedIds()).toEqual([before.id]);
    const ready = await fetch(`${ingest.baseUrl}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ details: { error: { kafka: { status: 'down' } } } });
  });
});
