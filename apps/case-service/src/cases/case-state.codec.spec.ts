import { applyTransition, openCase } from '@concord/case-workflow';
import { caseStateFromJson, caseStateToJson } from './case-state.codec';

describe('case-state codec', () => {
  const opened = openCase({ caseId: 'c-1', jurisdiction: 'CN', level: 'ORANGE', receivedAt: new Date('2025-03-03T02:00:00Z') });

  it('round-trips a state through JSON, instants back as Dates', () => {
    const triaged = applyTransition(opened, { type: 'triage', workerCount: 12, commonClaim: true }, new Date('2025-03-03T03:00:00Z'));
    if (!triaged.ok) throw new Error(triaged.error.message);
    const failed = { ...triaged.state, failure: { reason: 'no_agreement' as const, at: new Date('2025-03-10T03:00:00Z') } };
    const stored = JSON.parse(JSON.stringify(caseStateToJson(failed))) as unknown;
    const restored = caseStateFromJson(stored);
    expect(restored).toEqual(failed);
    expect(restored.receivedAt).toBeInstanceOf(Date);
    expect(restored.failure?.at).toBeInstanceOf(Date);
  });

  it('refuses a stored state that does not match (e.g. the old stage name), naming the field', () => {
    const stored = { ...caseStateToJson(opened), stage: 'monitoring' };
    expect(() => caseStateFromJson(stored)).toThrow(/stage/);
  });
});
