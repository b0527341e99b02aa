import { randomUUID } from 'node:crypto';
import { WEBHOOK_DELIVERY_HEADER, WEBHOOK_SIGNATURE_HEADER, verifyWebhookSignature } from '@concord/contracts';
import { type HttpReceiver, startHttpReceiver, syntheticRiskAlert } from '@concord/testing';
import { WebhookSender } from '../deliveries/webhook-sender';
import { type WebhookPayload, renderAlertNotification } from '../notifications/notification-content.renderer';
import { channelTestConfig } from './channel-test-config';
import { renderMessage } from './message-templates';
import { markdownRobotMessage } from './webhook-formats';

const PROCESS_SECRET = 'process-wide-webhook-secret';
const ENDPOINT_SECRET = 'this-endpoint-own-secret';
const TOLERANCE_SECONDS = 300;

const alert = syntheticRiskAlert({ enterpriseId: randomUUID(), alertId: randomUUID(), level: 'YELLOW' }).data;
const notification = renderAlertNotification(alert, { id: alert.enterpriseId, name: '滨江纺织有限公司' }, 'https://console.test');
const content = {
  payload: { alert, enterprise: notification.body.enterprise, level: alert.level, title: notification.title, link: notification.body.link } satisfies WebhookPayload,
  markdown: renderMessage(notification.body, { language: 'zh-CN', acknowledgeUrl: 'https://console.test/ack?token=t' }).markdown,
};

describe('webhook formats (integration, real HTTP receiver)', () => {
  let receiver: HttpReceiver;
  let sender: WebhookSender;

  beforeAll(async () => {
    receiver = await startHttpReceiver();
    sender = new WebhookSender(channelTestConfig({ WEBHOOK_SECRET: PROCESS_SECRET }));
  });

  afterAll(async () => {
    await receiver?.close();
  });

  const requestOf = (deliveryId: string) => receiver.received.find((request) => request.headers[WEBHOOK_DELIVERY_HEADER] === deliveryId);
  const verifies = (secret: string, deliveryId: string) => {
    const request = requestOf(deliveryId);
    const signature = request?.headers[WEBHOOK_SIGNATURE_HEADER];
    return verifyWebhookSignature(secret, typeof signature === 'string' ? signature : undefined, request?.body ?? '', TOLERANCE_SECONDS, Date.now() / 1000);
  };

  it('delivers a markdown robot message signed with the endpoint’s own secret', async () => {
    const result = await sender.send(receiver.url, 'delivery-markdown', JSON.stringify(markdownRobotMessage(content.markdown)), ENDPOINT_SECRET);

    expect(result).toEqual({ ok: true, httpStatus: 200 });
    const request = requestOf('delivery-markdown');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request?.body ?? '')).toEqual({ msgtype: 'markdown', markdown: { content: content.markdown } });
    expect(content.markdown).toContain('## 【黄色预警】滨江纺织有限公司');
    expect(verifies(ENDPOINT_SECRET, 'delivery-markdown')).toBe(true);
    expect(verifies(PROCESS_SECRET, 'delivery-markdown')).toBe(false);
  });

  it('delivers the json payload unchanged, signed with WEBHOOK_SECRET when the endpoint has no secret of its own', async () => {
    expect(await sender.send(receiver.url, 'delivery-json', JSON.stringify(content.payload))).toEqual({ ok: true, httpStatus: 200 });

    expect(JSON.parse(requestOf('delivery-json')?.body ?? '')).toEqual(JSON.parse(JSON.stringify(content.payload)));
    expect(verifies(PROCESS_SECRET, 'delivery-json')).toBe(true);
  });

  it('sends with an endpoint secret even when the process has no WEBHOOK_SECRET', async () => {
    const withoutProcessSecret = new WebhookSender(channelTestConfig({}));

    expect(await withoutProcessSecret.send(receiver.url, 'delivery-own-secret', JSON.stringify(markdownRobotMessage('## hi')))).toMatchObject({ ok: false });
    expect(await withoutProcessSecret.send(receiver.url, 'delivery-own-secret', JSON.stringify(markdownRobotMessage('## hi')), ENDPOINT_SECRET)).toEqual({ ok: true, httpStatus: 200 });
    expect(verifies(ENDPOINT_SECRET, 'delivery-own-secret')).toBe(true);
  });
});
