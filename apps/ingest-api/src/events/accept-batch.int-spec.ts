import { randomUUID } from 'node:crypto';
import { TOPICS } from '@concord/contracts';
import { type TopicRecorder, recordTopic, waitFor, wagePaymentEvent } from '@concord/testing';
import { type IngestTestApp, startIngestTestApp } from '../../test/ingest-test-app';

interface BatchAnswer {
  results: { index: number; id: string | null; status: string; problems?: { path: string }[] }[];
  accepted: number;
  duplicates: number;
  rejected: number;
  conflicts: number;
}

describe('POST /v1/events/batch (integration: real Postgres, Redis and dev broker)', () => {
  let ingest: IngestTestApp;
  let recorder: TopicRecorder;

  const postBatch = (body: unknown) => ingest.post('/v1/events/batch', body);
  const wageEvent = (workersUnpaid = 0) => wagePaymentEvent({ enterpriseId: ingest.enterpriseId, headcount: 10, workersUnpaid, daysLate: workersUnpaid ? 40 : 0 });
  const onKafka = (id: string) => recorder.messages.filter((m) => m.value.includes(id)).length;

  beforeAll(async () => {
    ingest = await startIngestTestApp();
    recorder = await recordTopic(ingest.kafka, TOPICS.hrEvents);
  });

  afterAll(async () => {
    await ingest?.close();
    await recorder?.stop();
  });

  it('answers per event, accepts the valid new ones of a partly bad batch and publishes only those', async () => {
    const earlier = wageEvent(1);
    expect((await ingest.post('/v1/events', earlier)).status).toBe(202);
    const [fresh1, fresh2] = [wageEvent(2), wageEvent()];
    const invalid = { ...wageEvent(), data: { headcount: 'ten' } };
    const forged = wagePaymentEvent({ enterpriseId: randomUUID(), headcount: 10, workersUnpaid: 0, daysLate: 0 });
    const conflicting = { ...earlier, time: new Date(0).toISOString() };

    const response = await postBatch({ events: [fresh1, invalid, earlier, fresh2, forged, fresh1, conflicting, 'not an event'] });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as BatchAnswer;
    expect(answer.results.map((r) => [r.index, r.id, r.status])).toEqual([
      [0, fresh1.id, 'accepted'],
      [1, invalid.id, 'rejected'],
      [2, earlier.id, 'duplicate'],
      [3, fresh2.id, 'accepted'],
      [4, forged.id, 'rejected'],
      [5, fresh1.id, 'duplicate'],
      [6, earlier.id, 'conflict'],
      [7, null, 'rejected'],
    ]);
    expect(answer).toMatchObject({ accepted: 2, duplicates: 2, rejected: 3, conflicts: 1 });
    expect(answer.results[1].problems?.map((p) => p.path)).toEqual(expect.arrayContaining(['data.headcount']));
    expect(answer.results[4].problems?.map((p) => p.path)).toEqual(['subject']);

    await waitFor('both fresh events on hr.events', () => onKafka(fresh1.id) === 1 && onKafka(fresh2.id) === 1);
    expect([onKafka(earlier.id), onKafka(invalid.id), onKafka(forged.id)]).toEqual([1, 0, 0]);
    expect(await ingest.acceptedIds()).toEqual([earlier.id, fresh1.id, fresh2.id].sort());
  });

  it('answers a repeated batch with duplicates only and publishes nothing again', async () => {
    const events = [wageEvent(), wageEvent(4)];
    expect(((await (await postBatch({ events })).json()) as BatchAnswer).accepted).toBe(2);
    const again = (await (await postBatch({ events })).json()) as BatchAnswer;
    expect(again).toMatchObject({ accepted: 0, duplicates: 2 });
    const marker = wageEvent();
    expect((await ingest.post('/v1/events', marker)).status).toBe(202);
    await waitFor('the marker on hr.events', () => onKafka(marker.id) === 1);
    expect(events.map((e) => onKafka(e.id))).toEqual([1, 1]);
  });

  it('accepts 1,000 events in one request and refuses an empty, an over-long or a non-object batch with 400', async () => {
    const thousand = Array.from({ length: 1000 }, () => wageEvent());
    expect(((await (await postBatch({ events: thousand })).json()) as BatchAnswer).accepted).toBe(1000);
    for (const body of [{ events: [] }, { events: [...thousand, wageEvent()] }, thousand, { events: 'x' }]) {
      const response = await postBatch(body);
      expect(response.status).toBe(400);
      const answer = (await response.json()) as { error: string; problems: { path: string }[] };
      expect(answer.error).toBe('validation_failed');
      expect(answer.problems.length).toBeGreaterThan(0);
    }
  });

  it('answers 413 for a body over the size limit', async () => {
    const response = await postBatch({ events: [{ ...wageEvent(), padding: 'x'.repeat(3 * 1024 * 1024) }] });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: 'payload_too_large' });
  });
});
