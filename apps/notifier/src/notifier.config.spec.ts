import { loadNotifierConfig } from './notifier.config';

const base = {
  PORT: '3003',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/concord',
  KAFKA_BROKERS: '127.0.0.1:9092',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'x'.repeat(32),
  ACK_LINK_SECRET: 'a'.repeat(32),
};

describe('notifier config', () => {
  it('runs without a webhook and links to the local console by default', () => {
    const config = loadNotifierConfig(base);
    expect(config.WEBHOOK_URL).toBeUndefined();
    expect(config.CONSOLE_URL).toBe('http://localhost:3000');
  });

  it('treats an empty WEBHOOK_URL as unset', () => {
    expect(loadNotifierConfig({ ...base, WEBHOOK_URL: '' }).WEBHOOK_URL).toBeUndefined();
  });

  it('names WEBHOOK_SECRET when WEBHOOK_URL is set without it', () => {
    expect(() => loadNotifierConfig({ ...base, WEBHOOK_URL: 'https://hooks.example/concord' })).toThrow(/WEBHOOK_SECRET: is required when WEBHOOK_URL is set/);
  });

  it('refuses a short secret and a non-http webhook URL', () => {
    expect(() => loadNotifierConfig({ ...base, WEBHOOK_URL: 'https://hooks.example', WEBHOOK_SECRET: 'short' })).toThrow(/WEBHOOK_SECRET: must be at least 16 characters/);
    expect(() => loadNotifierConfig({ ...base, WEBHOOK_URL: 'ftp://hooks.example', WEBHOOK_SECRET: 's'.repeat(16) })).toThrow(/WEBHOOK_URL: must be an http or https URL/);
  });

  it('needs a long enough ACK_LINK_SECRET, and takes SMTP and SMS servers only as URLs of their kind', () => {
    const { ACK_LINK_SECRET: _secret, ...withoutAckSecret } = base;
    expect(() => loadNotifierConfig(withoutAckSecret)).toThrow(/ACK_LINK_SECRET/);
    expect(() => loadNotifierConfig({ ...base, ACK_LINK_SECRET: 'short' })).toThrow(/ACK_LINK_SECRET: must be at least 32 characters/);
    expect(() => loadNotifierConfig({ ...base, SMTP_URL: 'http://mail.example' })).toThrow(/SMTP_URL: must be an smtp or smtps URL/);
    expect(loadNotifierConfig({ ...base, SMTP_URL: '', SMS_GATEWAY_URL: '' })).toMatchObject({ SMTP_URL: undefined, SMS_GATEWAY_URL: undefined });
  });

  it('accepts a webhook with its secret', () => {
    const config = loadNotifierConfig({ ...base, WEBHOOK_URL: 'http://127.0.0.1:9/hook', WEBHOOK_SECRET: 's'.repeat(16) });
    expect(config).toMatchObject({ WEBHOOK_URL: 'http://127.0.0.1:9/hook', WEBHOOK_SECRET: 's'.repeat(16) });
  });
});
