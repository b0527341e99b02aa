import { loggedUrl } from './logged-url';

describe('loggedUrl', () => {
  it('replaces the signed acknowledge link and the complaint tracking code, keeping the query', () => {
    expect(loggedUrl('/v1/ack/eyJ0Ijoi.c2lnbmF0dXJl')).toBe('/v1/ack/[redacted]');
    expect(loggedUrl('/v1/complaints/K7QX-92MD-4TPA?lang=en')).toBe('/v1/complaints/[redacted]?lang=en');
  });

  it('leaves every other URL as it is', () => {
    for (const url of ['/v1/complaints', '/v1/threads/7b1c/acknowledge', '/v1/cases/9f2e?limit=5', '/health/ready']) expect(loggedUrl(url)).toBe(url);
  });
});
