import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { syntheticRiskAlert, waitFor } from '@concord/testing';
import { NotifierTestApp } from '../../test/notifier-test-app';

describe('notifier: the inbox live stream (integration)', () => {
  let notifier: NotifierTestApp;

  beforeAll(async () => {
    notifier = await NotifierTestApp.start();
  });

  afterAll(async () => {
    await notifier?.stop();
  });

  it('pushes each in-app entry to the logged-in person’s server-sent-event stream, and only theirs', async () => {
    const enterprise = await notifier.enterprise();
    const chair = enterprise.people.grassroots_union_chair;
    const token = await notifier.app.get(JwtService).signAsync({ sub: chair, roles: ['federation_staff'], regionId: null, enterpriseId: null });
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

    const alertId = randomUUID();
    const other = await notifier.enterprise();
    await notifier.publish(syntheticRiskAlert({ enterpriseId: other.id, alertId: randomUUID(), level: 'BLUE' }));
    await notifier.publish(syntheticRiskAlert({ enterpriseId: enterprise.id, alertId, level: 'BLUE' }));
    await waitFor('the chair’s entry on the stream', () => received.includes('event: notification'));
    controller.abort();
    await reading;

    const events = received.split('\n\n').filter((block) => block.includes('event: notification'));
    expect(events).toHaveLength(1);
    const data = JSON.parse(/^data: (.*)$/m.exec(events[0])?.[1] ?? '{}') as { personId: string; level: string; title: string };
    expect(data).toMatchObject({ personId: chair, level: 'BLUE' });
    expect(data.title).toContain('Harbour Textiles');
  });

  it('refuses the stream without a login', async () => {
    const response = await fetch(`${notifier.baseUrl}/v1/me/inbox/stream`);
    expect(response.status).toBe(401);
  });
});
