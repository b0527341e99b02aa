import { measure, recorded, scoreInput } from '../../../test/rules.fixture';
import type { RecordedEvent } from '../../history/enterprise-history';
import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import type { RuleSet } from '../../rules/rule-set.model';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { U3_CONSULTATION_UNANSWERED as U3 } from './u3-consultation-unanswered.indicator';

const REQUESTED_ON = '2026-03-01';

function request(requestedBy: 'union' | 'employer' = 'union', id = `req-${requestedBy}`): RecordedEvent {
  return recorded('concord.hr.consultation_request.v1', REQUESTED_ON, { requestedOn: REQUESTED_ON, requestedBy, topics: ['wages', 'working_time'] }, id);
}

function reply(repliedOn: string, requestEventId = 'req-union'): RecordedEvent {
  return recorded('concord.hr.consultation_reply.v1', repliedOn, { requestEventId, repliedOn, outcome: 'declined' });
}

function scoreOn(events: RecordedEvent[], asOf: string): number {
  const ruleSet: RuleSet = { ...DEFAULT_RULE_SET, indicators: { U3: U3.defaults } };
  return scoreEnterprise(scoreInput(events, asOf, { catalog: [U3], ruleSet })).score;
}

describe('U3 consultation request unanswered', () => {
  it.each<[string, RecordedEvent[], string, number | null, boolean | null, number]>([
    ['unanswered for exactly 20 days', [request()], '2026-03-21', null, null, 0],
    ['unanswered for 21 days', [request()], '2026-03-22', 1, true, 10],
    ['unanswered for a year: no decay while open', [request()], '2027-03-01', 345, true, 10],
    ['answered on day 20', [request(), reply('2026-03-21')], '2026-04-30', null, null, 0],
    ['answered on day 21: closed, points decay from the reply', [request(), reply('2026-03-22')], '2026-04-21', 1, false, 10],
    ['answered late, 60 days before: partly decayed', [request(), reply('2026-03-22')], '2026-05-21', 1, false, 8],
    ['answered late, 180 days before: measured, fully decayed', [request(), reply('2026-03-22')], '2026-09-18', 1, false, 0],
    ['answered late, 181 days before: outside the lookback', [request(), reply('2026-03-22')], '2026-09-19', null, null, 0],
    ['a reply to another request does not answer it', [request(), reply('2026-03-05', 'req-other')], '2026-03-22', 1, true, 10],
    ["the employer's request is not U3", [request('employer')], '2026-04-30', null, null, 0],
  ])('%s', (_case, events, asOf, value, unresolved, score) => {
    const measured = measure(U3, events, asOf);
    expect(measured?.value ?? null).toBe(value);
    expect(measured?.unresolved ?? null).toBe(unresolved);
    expect(scoreOn(events, asOf)).toBe(score);
  });

  it('measures nothing without a request', () => {
    expect(measure(U3, [], '2026-04-01')).toBeNull();
  });

  it('reports an open request before a longer one answered late', () => {
    const old = recorded('concord.hr.consultation_request.v1', '2026-01-01', { requestedOn: '2026-01-01', requestedBy: 'union', topics: ['layoffs'] }, 'req-old');
    const events = [old, reply('2026-03-01', 'req-old'), request()];
    const measured = measure(U3, events, '2026-03-25');
    expect(measured).toMatchObject({ value: 4, unresolved: true, lastEvidenceDay: '2026-03-25', evidenceEventIds: ['req-union'] });
    expect(measured?.values).toMatchObject({ daysWithoutReply: 24, requestedOn: REQUESTED_ON, repliedOn: 'not yet', topics: 'wages, working_time', overdueUnanswered: 1 });
  });

  it('cites the late reply with its request', () => {
    const late = reply('2026-03-30');
    expect(measure(U3, [request(), late], '2026-04-01')?.evidenceEventIds).toEqual(['req-union', late.id].sort());
  });
});
