import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { signWebhook, verifyWebhookSignature } from './webhook-signature';

const secret = 'a-webhook-secret-of-some-length';
const body = '{"alert":{"alertId":"a-1"},"level":"ORANGE"}';
const t = 1_767_225_600;

describe('webhook signature', () => {
  it('signs "<t>.<raw body>" with HMAC-SHA256 in hex', () => {
    const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
    expect(signWebhook(secret, body, t)).toBe(`t=${t},v1=${expected}`);
  });

  it('verifies its own signature within the tolerance', () => {
    expect(verifyWebhookSignature(secret, signWebhook(secret, body, t), body, 300, t + 300)).toBe(true);
    expect(verifyWebhookSignature(secret, signWebhook(secret, body, t), body, 300, t - 300)).toBe(true);
  });

  it('rejects a timestamp outside the tolerance (replay)', () => {
    expect(verifyWebhookSignature(secret, signWebhook(secret, body, t), body, 300, t + 301)).toBe(false);
  });

  it('rejects another secret, a changed body and a changed timestamp', () => {
    const header = signWebhook(secret, body, t);
    expect(verifyWebhookSignature('another-secret-entirely', header, body, 300, t)).toBe(false);
    expect(verifyWebhookSignature(secret, header, `${body} `, 300, t)).toBe(false);
    expect(verifyWebhookSignature(secret, header.replace(`t=${t}`, `t=${t + 1}`), body, 300, t)).toBe(false);
  });

  it('accepts any of several v1 values, so a secret can be rotated', () => {
    const current = signWebhook(secret, body, t).split(',')[1];
    const header = `t=${t},v1=${'0'.repeat(64)},${current}`;
    expect(verifyWebhookSignature(secret, header, body, 300, t)).toBe(true);
  });

  it.each([undefined, '', 'garbage', `t=${t}`, 'v1=abc', `t=x,v1=${'0'.repeat(64)}`, `t=${t},v1=zz`])('rejects the malformed header %p', (header) => {
    expect(verifyWebhookSignature(secret, header, body, 300, t)).toBe(false);
  });

  it('round-trips any body and secret', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 16 }), fc.string(), fc.integer({ min: 0, max: 4_000_000_000 }), (s, b, ts) => {
        expect(verifyWebhookSignature(s, signWebhook(s, b, ts), b, 0, ts)).toBe(true);
      }),
    );
  });
});
