import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type HttpReceiver, freePort, startHttpReceiver } from '@concord/testing';
import { channelTestConfig } from './channel-test-config';
import { SMS_MAX_CHARACTERS, SmsSender } from './sms.sender';

describe('SmsSender (integration, real HTTP gateway)', () => {
  let gateway: HttpReceiver;
  let sender: SmsSender;

  beforeAll(async () => {
    gateway = await startHttpReceiver();
    sender = new SmsSender(channelTestConfig({ SMS_GATEWAY_URL: gateway.url, SMS_GATEWAY_TOKEN: 'gateway-token' }));
  });

  afterAll(async () => {
    await gateway?.close();
  });

  const lastRequest = () => gateway.received[gateway.received.length - 1];

  it('POSTs {to, text, reference} as JSON with the bearer token', async () => {
    const result = await sender.send({ to: '+8613800000000', text: '【Concord】【红色预警】滨江纺织', deliveryId: 'delivery-1' });

    expect(result).toEqual({ ok: true, detail: 'gateway answered HTTP 200' });
    const request = lastRequest();
    expect(request?.method).toBe('POST');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers.authorization).toBe('Bearer gateway-token');
    expect(JSON.parse(request?.body ?? '')).toEqual({ to: '+8613800000000', text: '【Concord】【红色预警】滨江纺织', reference: 'delivery-1' });
  });

  it('cuts an overlong text to the SMS limit with an ellipsis', async () => {
    await sender.send({ to: '+8613800000000', text: '预'.repeat(SMS_MAX_CHARACTERS + 100), deliveryId: 'delivery-long' });

    const { text } = JSON.parse(lastRequest()?.body ?? '') as { text: string };
    expect(text).toHaveLength(SMS_MAX_CHARACTERS);
    expect(text.endsWith('…')).toBe(true);
  });

  it('sends no authorization header when no token is configured', async () => {
    const tokenless = new SmsSender(channelTestConfig({ SMS_GATEWAY_URL: gateway.url }));
    expect(await tokenless.send({ to: '+8613800000000', text: 'hi', deliveryId: 'delivery-tokenless' })).toMatchObject({ ok: true });
    expect(lastRequest()?.headers.authorization).toBeUndefined();
  });

  it('reports a gateway error as not ok with its status, and sends again once the gateway recovers', async () => {
    gateway.failNext(1, 500);

    expect(await sender.send({ to: '+8613800000000', text: 'hi', deliveryId: 'delivery-2' })).toEqual({ ok: false, httpStatus: 500, error: 'gateway answered HTTP 500' });
    expect(await sender.send({ to: '+8613800000000', text: 'hi', deliveryId: 'delivery-2' })).toMatchObject({ ok: true });
  });

  it('says why the gateway refused, from its answer', async () => {
    const refusing: Server = createServer((_req, res) => res.writeHead(422, { 'content-type': 'application/json' }).end('{"error":"invalid phone number"}'));
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = refusing.address() as AddressInfo;
      const result = await new SmsSender(channelTestConfig({ SMS_GATEWAY_URL: `http://127.0.0.1:${port}/sms` })).send({ to: '+1', text: 'hi', deliveryId: 'd' });
      expect(result).toEqual({ ok: false, httpStatus: 422, error: 'gateway answered HTTP 422: {"error":"invalid phone number"}' });
    } finally {
      await new Promise<void>((resolve) => refusing.close(() => resolve()));
    }
  });

  it('reports an unreachable gateway as not ok', async () => {
    const unreachable = new SmsSender(channelTestConfig({ SMS_GATEWAY_URL: `http://127.0.0.1:${await freePort()}/sms` }));
    expect(await unreachable.send({ to: '+8613800000000', text: 'hi', deliveryId: 'delivery-3' })).toEqual({
      ok: false,
      httpStatus: null,
      error: expect.stringContaining('ECONNREFUSED'),
    });
  });

  it('gives up on a gateway that never answers after 5 s', async () => {
    // Takes the request and never responds.
    const hung: Server = createServer(() => undefined);
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = hung.address() as AddressInfo;
      const started = Date.now();
      const result = await new SmsSender(channelTestConfig({ SMS_GATEWAY_URL: `http://127.0.0.1:${port}/sms` })).send({ to: '+1', text: 'hi', deliveryId: 'd' });
      expect(result).toEqual({ ok: false, httpStatus: null, error: 'no answer within 5000 ms' });
      expect(Date.now() - started).toBeLessThan(6_000);
    } finally {
      hung.closeAllConnections();
      await new Promise<void>((resolve) => hung.close(() => resolve()));
    }
  });

  it('says it is not configured without SMS_GATEWAY_URL, and refuses to send', async () => {
    const unconfigured = new SmsSender(channelTestConfig({}));
    expect(unconfigured.isConfigured()).toBe(false);
    expect(sender.isConfigured()).toBe(true);
    expect(await unconfigured.send({ to: '+1', text: 'hi', deliveryId: 'd' })).toEqual({ ok: false, httpStatus: null, error: 'SMS_GATEWAY_URL is not configured in this process' });
  });
});
