import { randomUUID } from 'node:crypto';
import { DomainError } from '@concord/platform';
import { idempotencyKeyOf, openCaseBody } from './open-case.dto';

describe('POST /v1/cases body and Idempotency-Key', () => {
  const valid = { enterpriseId: randomUUID(), category: 'pay', workerCount: 3, commonClaim: false, summary: '  Overtime unpaid  ' };

  it('defaults the level to YELLOW and trims the summary', () => {
    expect(openCaseBody.parse(valid)).toMatchObject({ level: 'YELLOW', summary: 'Overtime unpaid' });
  });

  it('names each bad field', () => {
    const result = openCaseBody.safeParse({ ...valid, category: 'weather', workerCount: 1.5, chosenMediatorIds: [randomUUID(), randomUUID(), randomUUID(), randomUUID()] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['category', 'chosenMediatorIds', 'workerCount']);
  });

  it('accepts an absent key or printable ASCII, and refuses anything else as a 400 on the header', () => {
    expect(idempotencyKeyOf(undefined)).toBeUndefined();
    const key = randomUUID();
    expect(idempotencyKeyOf(key)).toBe(key);
    for (const bad of ['', 'with space', 'x'.repeat(201), 'ключ']) {
      expect(() => idempotencyKeyOf(bad)).toThrow(DomainError);
    }
    let caught: unknown;
    try {
      idempotencyKeyOf('');
    } catch (error) {
      caught = error;
    }
    expect((caught as DomainError).problems).toEqual([{ path: 'Idempotency-Key', message: expect.any(String) }]);
  });
});
