import { TEST_LEGAL, measure, recorded, scoreInput } from '../../../test/rules.fixture';
import type { HrEventData, RecordedEvent } from '../../history/enterprise-history';
import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import type { RuleSet } from '../../rules/rule-set.model';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { U4_OPINION_LETTER_UNANSWERED as U4 } from './u4-opinion-letter-unanswered.indicator';

type Letter = HrEventData<'concord.hr.supervision_letter.v1'>;

/**
 * Issued Wednesday 2026-04-01: 15 working days (Qingming, Apr 4–6, off) end on Thursday Apr 23.
 * Issued Friday 2026-04-24: Labour Day (May 1–5) off and Saturday May 9 worked, they end May 19.
 */
function letter(overrides: Partial<Letter> = {}): RecordedEvent {
  const data: Letter = { letterKind: 'opinion', issuer: 'street_union', issuedOn: '2026-04-01', category: 'working_time', answeredOn: null, ...overrides };
  return recorded('concord.hr.supervision_letter.v1', data.issuedOn, data);
}

function scored(events: RecordedEvent[], asOf: string) {
  const ruleSet: RuleSet = { ...DEFAULT_RULE_SET, indicators: { U4: U4.defaults } };
  return scoreEnterprise(scoreInput(events, asOf, { catalog: [U4], ruleSet }));
}

describe('U4 opinion letter unanswered', () => {
  it.each<[string, Partial<Letter>, string, number | null, number, string]>([
    ['unanswered on the 15th working day', {}, '2026-04-23', null, 0, 'GREEN'],
    ['unanswered on the 16th working day', {}, '2026-04-24', 1, 15, 'YELLOW'],
    ['a weekend adds no working day', {}, '2026-04-26', 1, 15, 'YELLOW'],
    ['the next Monday is the 17th', {}, '2026-04-27', 2, 15, 'YELLOW'],
    ['over Labour Day: 15th working day is May 19', { issuedOn: '2026-04-24' }, '2026-05-19', null, 0, 'GREEN'],
    ['over Labour Day: May 20 is the 16th', { issuedOn: '2026-04-24' }, '2026-05-20', 1, 15, 'YELLOW'],
    ['answered on the 15th working day', { answeredOn: '2026-04-23' }, '2026-05-01', null, 0, 'GREEN'],
    ['answered late: closed, points without the floor', { answeredOn: '2026-04-27' }, '2026-05-01', 2, 15, 'GREEN'],
    ['answered late 180 days before: measured, fully decayed', { answeredOn: '2026-04-27' }, '2026-10-24', 2, 0, 'GREEN'],
    ['answered late 181 days before: outside the lookback', { answeredOn: '2026-04-27' }, '2026-10-25', null, 0, 'GREEN'],
    ['a rectification proposal is not an opinion letter', { letterKind: 'rectification_proposal' }, '2026-05-20', null, 0, 'GREEN'],
  ])('%s', (_case, overrides, asOf, value, score, level) => {
    const events = [letter(overrides)];
    expect(measure(U4, events, asOf)?.value ?? null).toBe(value);
    const result = scored(events, asOf);
    expect(result.score).toBe(score);
    expect(result.level).toBe(level);
  });

  it('measures nothing without a letter', () => {
    expect(measure(U4, [], '2026-05-01')).toBeNull();
  });

  it('takes the reply period from the legal profile', () => {
    const legal = { ...TEST_LEGAL, opinionLetterReplyWorkingDays: 10 };
    expect(measure(U4, [letter()], '2026-04-17', { legal })?.value).toBe(1);
  });

  it('counts working days of the legal profile’s jurisdiction', () => {
    // In the EU minimum calendar (weekends only) Qingming Monday is worked: Apr 23 is the 16th working day.
    const legal = { ...TEST_LEGAL, jurisdiction: 'EU' as const };
    expect(measure(U4, [letter()], '2026-04-23', { legal })?.value).toBe(1);
  });

  it('reports an unanswered letter before one answered later than it, unresolved', () => {
    const answered = letter({ issuedOn: '2026-03-02', answeredOn: '2026-04-20' });
    const open = letter();
    const measured = measure(U4, [answered, open], '2026-04-24');
    expect(measured).toMatchObject({ value: 1, unresolved: true, lastEvidenceDay: '2026-04-24', evidenceEventIds: [open.id] });
    expect(measured?.values).toMatchObject({ replyWorkingDays: 15, issuedOn: '2026-04-01', answeredOn: 'not yet', issuer: 'street_union', overdueUnanswered: 1 });
  });
});
