import fc from 'fast-check';
import { HR_EVENT_EXAMPLES, TOPICS, parseTopicEvent } from '@concord/contracts';
import { serialiseAccepted } from './event-digest';

/** The same members in another order, at every depth (arrays keep their order: it is meaningful). */
function reordered(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((item, i) => reordered(item, seed + i));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>);
  const rotated = entries.map((_, i) => entries[(i + seed) % entries.length]);
  return Object.fromEntries((seed % 2 === 0 ? rotated : rotated.reverse()).map(([key, item]) => [key, reordered(item, seed + 1)]));
}

function envelope(type: string, data: unknown): Record<string, unknown> {
  return { specversion: '1.0', id: 'evt-1', source: 'hr/test', type, subject: '7d0b1f52-5f4c-4d6e-9a55-8e1b7f0c2a11', time: '2026-03-01T08:00:00+08:00', data };
}

function digestOf(body: unknown): string {
  const parsed = parseTopicEvent(TOPICS.hrEvents, body);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.violations));
  return serialiseAccepted(parsed.event).digest;
}

describe('serialiseAccepted', () => {
  const examples = Object.entries(HR_EVENT_EXAMPLES);

  it('gives every contract the same bytes whatever the member order of the body', () => {
    fc.assert(
      fc.property(fc.constantFrom(...examples), fc.nat(50), ([type, data], seed) => digestOf(envelope(type, data)) === digestOf(reordered(envelope(type, data), seed))),
      { numRuns: 500 },
    );
  });

  it('ignores unknown envelope members the contract drops, and tells different bodies apart', () => {
    const [type, data] = examples[0];
    expect(digestOf({ ...envelope(type, data), unknownExtension: 'x' })).toBe(digestOf(envelope(type, data)));
    expect(digestOf({ ...envelope(type, data), time: '2026-03-02T08:00:00+08:00' })).not.toBe(digestOf(envelope(type, data)));
  });

  it('sends exactly the bytes it hashed', () => {
    const [type, data] = examples[1];
    const parsed = parseTopicEvent(TOPICS.hrEvents, envelope(type, data));
    if (!parsed.ok) throw new Error('example must be valid');
    const { json, digest } = serialiseAccepted(parsed.event);
    expect(JSON.parse(json)).toEqual(parsed.event);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
  });
});
