import { measure, recorded, scoreInput } from '../../../test/rules.fixture';
import type { RecordedEvent } from '../../history/enterprise-history';
import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import type { RuleSet } from '../../rules/rule-set.model';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { U5_COMMITTEE_IDLE as U5 } from './u5-committee-idle.indicator';

function meeting(heldOn: string): RecordedEvent {
  return recorded('concord.hr.committee_meeting.v1', heldOn, { heldOn, attendees: 6, issuesRaised: 2, issuesSettled: 1 });
}

/** Any first event of an enterprise that has never reported a committee meeting. */
function firstReport(day: string): RecordedEvent {
  return recorded('concord.hr.headcount_change.v1', day, { effectiveOn: day, headcountBefore: 80, headcountAfter: 82, reason: 'hiring' });
}

function scoreOn(events: RecordedEvent[], asOf: string): number {
  const ruleSet: RuleSet = { ...DEFAULT_RULE_SET, indicators: { U5: U5.defaults } };
  return scoreEnterprise(scoreInput(events, asOf, { catalog: [U5], ruleSet })).score;
}

describe('U5 consultation committee has not met', () => {
  it.each<[string, RecordedEvent[], string, number | null, number]>([
    ['last met exactly 90 days ago', [meeting('2026-01-01')], '2026-04-01', null, 0],
    ['last met 91 days ago', [meeting('2026-01-01')], '2026-04-02', 1, 5],
    ['a later meeting resets the count', [meeting('2026-01-01'), meeting('2026-03-01')], '2026-04-02', null, 0],
    ['never met: 90 days after the first event', [firstReport('2026-01-01')], '2026-04-01', null, 0],
    ['never met: 91 days after the first event', [firstReport('2026-01-01')], '2026-04-02', 1, 5],
    ['a meeting reported ahead of its day has not happened yet', [meeting('2026-01-01'), meeting('2026-05-01')], '2026-04-02', 1, 5],
  ])('%s', (_case, events, asOf, value, score) => {
    expect(measure(U5, events, asOf)?.value ?? null).toBe(value);
    expect(scoreOn(events, asOf)).toBe(score);
  });

  it('measures nothing for an enterprise without events', () => {
    expect(measure(U5, [], '2026-04-02')).toBeNull();
  });

  it('stays unresolved at full weight until the committee meets', () => {
    const last = meeting('2025-01-01');
    const measured = measure(U5, [last], '2026-04-02');
    expect(measured).toMatchObject({ value: 366, unresolved: true, lastEvidenceDay: '2026-04-02', evidenceEventIds: [last.id] });
    expect(measured?.values).toEqual({ daysSinceMeeting: 456, lastMeetingOn: '2025-01-01', countedFrom: '2025-01-01', meetingDays: 90 });
    expect(scoreOn([last], '2026-04-02')).toBe(5);
  });

  it('says when no meeting is on record', () => {
    const first = firstReport('2026-01-01');
    expect(measure(U5, [first], '2026-04-02')).toMatchObject({ evidenceEventIds: [first.id], values: { lastMeetingOn: 'none on record', countedFrom: '2026-01-01' } });
  });
});
