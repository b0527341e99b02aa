import { auditedPath, targetIdsOf } from './audited-path';

describe('auditedPath', () => {
  it('drops credential-bearing query parameters and keeps the rest', () => {
    expect(auditedPath('/api/notifier/v1/me/inbox/stream?access_token=abc.def&since=2026-01-01')).toBe('/api/notifier/v1/me/inbox/stream?since=2026-01-01');
    expect(auditedPath('/v1/x?apiKey=1&password=2&client_secret=3&sig=4&level=red')).toBe('/v1/x?level=red');
  });

  it('leaves a path without query alone', () => {
    expect(auditedPath('/v1/regions')).toBe('/v1/regions');
  });
});

describe('targetIdsOf', () => {
  it('collects every UUID segment of the path, lowercased, ignoring the query', () => {
    expect(
      targetIdsOf('/api/cases/v1/cases/11111111-1111-4111-8111-11111111111A/notes/22222222-2222-4222-8222-222222222222?x=33333333-3333-4333-8333-333333333333'),
    ).toEqual(['11111111-1111-4111-8111-11111111111a', '22222222-2222-4222-8222-222222222222']);
    expect(targetIdsOf('/v1/rule-sets/draft/publish')).toEqual([]);
  });
});
