import { randomUUID } from 'node:crypto';
import { type AddressInfo, type Server, createServer } from 'node:net';
import { type SmtpReceiver, freePort, startSmtpReceiver, syntheticRiskAlert } from '@concord/testing';
import { renderAlertNotification } from '../notifications/notification-content.renderer';
import { channelTestConfig } from './channel-test-config';
import { EmailSender } from './email.sender';
import { renderMessage } from './message-templates';

const alert = syntheticRiskAlert({ enterpriseId: randomUUID(), alertId: randomUUID(), level: 'RED' }).data;
const { body } = renderAlertNotification(alert, { id: alert.enterpriseId, name: '滨江纺织有限公司' }, 'https://console.test');
const ACK_URL = 'https://console.test/ack?token=t0k3n';

describe('EmailSender (integration, real SMTP server)', () => {
  let receiver: SmtpReceiver;
  let sender: EmailSender;

  beforeAll(async () => {
    receiver = await startSmtpReceiver();
    sender = new EmailSender(channelTestConfig({ SMTP_URL: receiver.url, SMTP_FROM: 'Concord <concord@test.local>' }));
  });

  afterAll(async () => {
    sender?.onModuleDestroy();
    await receiver?.close();
  });

  it.each(['zh-CN', 'en'] as const)('delivers a %s notification with its delivery id, language and decoded subject', async (language) => {
    const message = renderMessage(body, { language, acknowledgeUrl: ACK_URL });
    const deliveryId = `delivery-${language}`;

    const result = await sender.send({ to: 'liaison@test.local', subject: message.subject, text: message.text, html: message.html, deliveryId, language });

    expect(result).toEqual({ ok: true, detail: expect.stringMatching(/^SMTP server accepted it: 250/) });
    const mail = receiver.received.find((received) => received.headers['x-concord-delivery'] === deliveryId);
    expect(mail).toMatchObject({ from: 'concord@test.local', to: ['liaison@test.local'], subject: message.subject });
    expect(mail?.headers['content-language']).toBe(language);
    expect(mail?.headers['auto-submitted']).toBe('auto-generated');
    expect(mail?.text.replace(/\r\n/g, '\n')).toBe(message.text);
    expect(mail?.html).toContain('滨江纺织有限公司');
  });

  it('reports a temporary rejection (451) as not ok, and sends again once the server recovers', async () => {
    receiver.failNext(1);
    const send = (deliveryId: string) => sender.send({ to: 'chair@test.local', subject: 'Retry me', text: 'retry', deliveryId, language: 'en' });

    const rejected = await send('delivery-rejected');
    expect(rejected).toEqual({ ok: false, error: expect.stringContaining('451') });
    expect(receiver.received.some((mail) => mail.headers['x-concord-delivery'] === 'delivery-rejected')).toBe(false);

    expect(await send('delivery-retried')).toMatchObject({ ok: true });
    expect(receiver.received.some((mail) => mail.headers['x-concord-delivery'] === 'delivery-retried')).toBe(true);
  });

  describe('a dead server', () => {
    let silent: Server;

    beforeAll(async () => {
      // Accepts TCP connections and never says a word: what a hung mail server looks like.
      silent = createServer(() => undefined);
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    });

    afterAll(async () => {
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    });

    it('fails within about 10 s when the server never greets', async () => {
      const { port } = silent.address() as AddressInfo;
      const deadSender = new EmailSender(channelTestConfig({ SMTP_URL: `smtp://127.0.0.1:${port}` }));
      const started = Date.now();
      try {
        const result = await deadSender.send({ to: 'x@test.local', subject: 's', text: 't', deliveryId: 'd-silent', language: 'en' });
        expect(result).toEqual({ ok: false, error: expect.stringMatching(/greeting/i) });
        expect(Date.now() - started).toBeLessThan(10_500);
      } finally {
        deadSender.onModuleDestroy();
      }
    });

    it('fails at once when nothing listens', async () => {
      const deadSender = new EmailSender(channelTestConfig({ SMTP_URL: `smtp://127.0.0.1:${await freePort()}` }));
      try {
        const result = await deadSender.send({ to: 'x@test.local', subject: 's', text: 't', deliveryId: 'd-refused', language: 'en' });
        expect(result).toEqual({ ok: false, error: expect.stringContaining('ECONNREFUSED') });
      } finally {
        deadSender.onModuleDestroy();
      }
    });
  });

  it('says it is not configured without SMTP_URL, and refuses to send', async () => {
    const unconfigured = new EmailSender(channelTestConfig({}));
    expect(unconfigured.isConfigured()).toBe(false);
    expect(sender.isConfigured()).toBe(true);
    expect(await unconfigured.send({ to: 'x@test.local', subject: 's', text: 't', deliveryId: 'd', language: 'en' })).toEqual({
      ok: false,
      error: 'SMTP_URL is not configured in this process',
    });
  });
});
