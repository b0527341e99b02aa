import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { HR_EVENT_CONTRACTS } from './hr/hr-event-contracts';
import { HR_EVENT_EXAMPLES } from './hr/hr-event-examples';
import { TOPICS } from './topics';
import { parseTopicEvent } from './validation';

const hrType = fc.constantFrom(...HR_EVENT_CONTRACTS.map((c) => c.type));

describe('parseTopicEvent on random input (property)', () => {
  it('never throws on any JSON value, and refuses it with at least one violation', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const result = parseTopicEvent(TOPICS.hrEvents, raw);
        expect(result.ok || result.violations.length > 0).toBe(true);
        return !result.ok;
      }),
      { numRuns: 2_000 },
    );
  });

  it('never throws when any data field of a valid HR event is replaced by a random value', () => {
    fc.assert(
      fc.property(hrType, fc.string(), fc.anything(), (type, extraKey, value) => {
        const data: Record<string, unknown> = { ...HR_EVENT_EXAMPLES[type] };
        const keys = Object.keys(data);
        const key = keys.length > 0 && extraKey.length % 2 === 0 ? keys[extraKey.length % keys.length] : extraKey;
        data[key] = value;
        const event = { specversion: '1.0', id: 'e', source: 's', type, subject: randomUUID(), time: '2026-11-01T08:00:00Z', data };
        const result = parseTopicEvent(TOPICS.hrEvents, event);
        expect(result.ok || result.violations.length > 0).toBe(true);
        if (!result.ok) for (const v of result.violations) expect(v.path.length).toBeGreaterThan(0);
      }),
      { numRuns: 3_000 },
    );
  });
});
