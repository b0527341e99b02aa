import { randomUUID } from 'node:crypto';
import { HR_EVENT_CONTRACTS } from './hr/hr-event-contracts';
import { TOPICS } from './topics';
import { parseTopicEvent } from './validation';

const validWageRun = () => ({
  specversion: '1.0',
  id: 'evt-1',
  source: 'enterprise/hr',
  type: 'concord.hr.wage_payment.v1',
  subject: randomUUID(),
  time: '2026-11-01T08:00:00+08:00',
  data: {
    period: '2026-10',
    scheduledPayDate: '2026-10-15',
    actualPayDate: null,
    headcount: 100,
    workersDue: 100,
    workersPaid: 88,
    amountDueMinor: 60_000_000,
    amountPaidMinor: 52_800_000,
  },
});

describe('parseTopicEvent', () => {
  it('accepts a valid event and applies defaults', () => {
    const result = parseTopicEvent(TOPICS.hrEvents, validWageRun());
    expect(result.ok && result.event.type === 'concord.hr.wage_payment.v1' && result.event.data.currency).toBe('CNY');
  });

  it('reports envelope and data problems together, with paths', () => {
    const event = validWageRun();
    const result = parseTopicEvent(TOPICS.hrEvents, { ...event, subject: 'not-a-uuid', data: { ...event.data, workersPaid: 101, extra: 1 } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.violations.map((v) => v.path).sort()).toEqual(['data', 'data.workersPaid', 'subject']);
  });

  it('checks cross-field rules once the shape is right', () => {
    const event = validWageRun();
    const result = parseTopicEvent(TOPICS.hrEvents, { ...event, data: { ...event.data, workersPaid: 101 } });
    expect(result.ok ? [] : result.violations).toEqual([{ path: 'data.workersPaid', message: 'cannot exceed workersDue' }]);
  });

  it('names an unknown type and the types the topic carries', () => {
    const result = parseTopicEvent(TOPICS.hrEvents, { ...validWageRun(), type: 'concord.hr.rumour.v1' });
    expect(result.ok ? [] : result.violations).toEqual([
      {
        path: 'type',
        message: `unknown event type 'concord.hr.rumour.v1' for hr.events; expected one of: ${HR_EVENT_CONTRACTS.map((c) => c.type).join(', ')}`,
      },
    ]);
  });

  it('refuses a type that belongs to another topic', () => {
    const result = parseTopicEvent(TOPICS.riskAlerts, validWageRun());
    expect(result.ok ? [] : result.violations.map((v) => v.path)).toEqual(['type']);
  });

  it('refuses something that is not an object', () => {
    const result = parseTopicEvent(TOPICS.hrEvents, 'hello');
    expect(result.ok ? [] : result.violations.map((v) => v.path)).toEqual(['(root)']);
  });
});
