import { fallbackChannel } from './fallback';

const both = { email: 'a@example.org', phone: '+86138' };

describe('fallbackChannel', () => {
  it('falls back from SMS to email, and from email to SMS', () => {
    expect(fallbackChannel('sms', both, ['in_app', 'sms'])).toBe('email');
    expect(fallbackChannel('email', both, ['in_app', 'email'])).toBe('sms');
  });

  it('skips channels already used or unreachable, ending in the inbox or nothing', () => {
    expect(fallbackChannel('sms', both, ['in_app', 'sms', 'email'])).toBeNull();
    expect(fallbackChannel('sms', { email: null, phone: '+86138' }, ['sms'])).toBe('in_app');
    expect(fallbackChannel('email', { email: 'a@example.org', phone: null }, ['in_app', 'email'])).toBeNull();
  });

  it('has no fallback for a webhook endpoint or the inbox', () => {
    expect(fallbackChannel('webhook', both, [])).toBeNull();
    expect(fallbackChannel('in_app', both, [])).toBeNull();
  });
});
