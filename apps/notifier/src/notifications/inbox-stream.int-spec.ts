import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { RedisBroadcast } from '@concord/queue';
import IORedis from 'ioredis';
import { syntheticRiskAlert, waitFor } from '@concord/testing';
import { NotifierTestApp } from '../../test/notifier-test-app';
import { InboxEvents } from './inbox-events';

/** A person's live inbox stream, read as it arrives. */
interface OpenStream {
  received(): string;
  /** The `event: notification` blocks received, once the stream is closed. */
  close(): Promise<string[]>;
}

describe('notifier: the inbox live stream (integration)', () => {
  let notifier: NotifierTestApp;

  beforeAll(async () => {
    notifier = await NotifierTestApp.start();
  });

  afterAll(async () => {
    await notifier?.stop();
  });

  async function openStream(personId: string): Promise<OpenStream> {
    const token = await notifier.app.get(JwtService).signAsync({ sub: personId, roles: ['federation_staff'], regionId: null, enterpriseId: null });
    const controller = new AbortController();
    const response = await fetch(`${notifier.baseUrl}/v1/me/inbox/stream`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    let received = '';
    const reading = (async () => {
      const decoder = new TextDecoder();
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) received += decoder.decode(chunk, { stream: true });
    })().catch(() => undefined);
    await waitFor('the stream to say it is live', () => received.includes('event: ready'));
    return {
      received: () => received,
      close: async () => {
        controller.abort();
        await reading;
        return received.split('\n\n').filter((block) => block.includes('event: notification'));
      },
    };
  }

  // First: it needs this app's instance never to have had a stream open.
  it('broadcasts entries only once some instance listens for them', async () => {
    // A pattern subscription is not counted as a listener (PUBSUB NUMSUB counts channel subscriptions): it only watches.
    const watcher = new IORedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    const heard: string[] = [];
    watcher.on('pmessage', (_pattern: string, _channel: string, message: string) => heard.push(message));
    await watcher.psubscribe('*:broadcast:notify-inbox');
    try {
      const entry = (personId: string) => ({ notificationId: randomUUID(), personId, threadId: randomUUID(), caseId: null, level: 'BLUE', title: 't' });
      const inbox = notifier.app.get(InboxEvents);
      const [nobody, somebody] = [randomUUID(), randomUUID()];
      await inbox.publish([entry(nobody)]);
      const stream = await openStream(somebody);
      await inbox.publish([entry(somebody)]);
      await waitFor('the broadcast once a stream listens', () => heard.join().includes(somebody));
      await stream.close();
      expect(heard.join()).not.toContain(nobody);
    } finally {
      await watcher.quit();
    }
  });

  it('pushes each in-app entry to the logged-in person’s server-sent-event stream, and only theirs', async () => {
    const enterprise = await notifier.enterprise();
    const chair = enterprise.people.grassroots_union_chair;
    const stream = await openStream(chair);

    const alertId = randomUUID();
    const other = await notifier.enterprise();
    await notifier.publish(syntheticRiskAlert({ enterpriseId: other.id, alertId: randomUUID(), level: 'BLUE' }));
    await notifier.publish(syntheticRiskAlert({ enterpriseId: enterprise.id, alertId, level: 'BLUE' }));
    await waitFor('the chair’s entry on the stream', () => stream.received().includes('event: notification'));

    const events = await stream.close();
    expect(events).toHaveLength(1);
    const data = JSON.parse(/^data: (.*)$/m.exec(events[0])?.[1] ?? '{}') as { personId: string; level: string; title: string };
    expect(data).toMatchObject({ personId: chair, level: 'BLUE' });
    expect(data.title).toContain('Harbour Textiles');
  });

  it('takes an older instance’s one-entry message and drops one that is not JSON, during a rolling upgrade', async () => {
    const personId = randomUUID();
    const stream = await openStream(personId);
    const broadcast = notifier.app.get(RedisBroadcast);
    const entry = { notificationId: randomUUID(), personId, threadId: randomUUID(), caseId: null, level: 'YELLOW', title: 'from an older notifier' };
    await broadcast.publish('notify-inbox', ['not json', JSON.stringify(entry)]);
    await waitFor('the older message’s entry on the stream', () => stream.received().includes('from an older notifier'));
    expect(await stream.close()).toHaveLength(1);
  });

  it('refuses the stream without a login', async () => {
    const response = await fetch(`${notifier.baseUrl}/v1/me/inbox/stream`);
    expect(response.status).toBe(401);
  });
});
