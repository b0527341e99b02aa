import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { measure, recorded, scoreInput } from '../../../test/rules.fixture';
import { K2_EXPIRING_CONTRACTS as K2 } from './k2-expiring-contracts.indicator';

const ASOF = '2026-11-20';

function expiry(expiresOn: string, workers: number, { headcount = 100, reportedOn = '2026-11-01', id }: { headcount?: number; reportedOn?: string; id?: string } = {}) {
  return recorded('concord.hr.contract_expiry_scheduled.v1', reportedOn, { expiresOn, workers, headcount }, id);
}

function decision(decidedOn: string, expiresOn: string, renewed: number, notRenewed: number, id?: string) {
  return recorded('concord.hr.contract_renewal_decision.v1', decidedOn, { expiresOn, decidedOn, workers: renewed + notRenewed, renewed, notRenewed }, id);
}

function scoredPoints(events: Parameters<typeof scoreInput>[0]): number {
  const score = scoreEnterprise(scoreInput(events, ASOF, { catalog: [K2], ruleSet: { ...DEFAULT_RULE_SET, indicators: { K2: K2.defaults } } }));
  return score.fired[0]?.points ?? 0;
}

describe('K2 contracts expiring soon', () => {
  it.each`
    headcount | workers | share   | points
    ${100}    | ${9}    | ${0.09} | ${0}
    ${100}    | ${10}   | ${0.1}  | ${5}
    ${100}    | ${19}   | ${0.19} | ${5}
    ${100}    | ${20}   | ${0.2}  | ${15}
    ${20}     | ${4}    | ${0.08} | ${0}
    ${20}     | ${5}    | ${0.1}  | ${5}
  `('$workers of $headcount contracts expiring: share $share, +$points', ({ headcount, workers, share, points }) => {
    const events = [expiry('2026-12-31', workers as number, { headcount: headcount as number })];

    expect(measure(K2, events, ASOF)).toMatchObject({ value: share, unresolved: true });
    expect(scoredPoints(events)).toBe(points);
  });

  it.each`
    expiresOn       | counted
    ${'2026-11-20'} | ${false}
    ${'2026-11-21'} | ${true}
    ${'2027-01-19'} | ${true}
    ${'2027-01-20'} | ${false}
  `('counts expiries in the next horizonDays days only (expires $expiresOn: $counted)', ({ expiresOn, counted }) => {
    expect(measure(K2, [expiry(expiresOn as string, 20)], ASOF) !== null).toBe(counted);
  });

  it('takes off renewed workers; those not renewed still lose their contract', () => {
    const events = [expiry('2026-12-31', 25, { id: 'exp' }), decision('2026-11-15', '2026-12-31', 20, 5, 'dec')];

    expect(measure(K2, events, ASOF)).toEqual({
      value: 0.05,
      values: { expiringWorkers: 5, scheduledWorkers: 25, renewedWorkers: 20, workforce: 100, shareExpiring: 0.05, firstExpiry: '2026-12-31' },
      evidenceEventIds: ['dec', 'exp'],
      lastEvidenceDay: '2026-11-15',
      unresolved: true,
    });
  });

  it('matches decisions to schedules by expiry date and never renews more than were scheduled', () => {
    const events = [expiry('2026-12-31', 20), expiry('2027-01-10', 15), decision('2026-11-15', '2027-01-10', 30, 0), decision('2026-11-15', '2027-02-28', 40, 0)];

    expect(measure(K2, events, ASOF)).toMatchObject({ values: { expiringWorkers: 20, scheduledWorkers: 35, renewedWorkers: 15 } });
  });

  it('measures nothing when every expiring contract is renewed, or none expires', () => {
    expect(measure(K2, [expiry('2026-12-31', 20), decision('2026-11-15', '2026-12-31', 20, 0)], ASOF)).toBeNull();
    expect(measure(K2, [], ASOF)).toBeNull();
  });

  it('ignores decisions and schedules reported after the evaluation day', () => {
    expect(measure(K2, [expiry('2026-12-31', 20), decision('2026-11-21', '2026-12-31', 20, 0)], ASOF)).toMatchObject({ value: 0.2 });
    expect(measure(K2, [expiry('2026-12-31', 20, { reportedOn: '2026-11-21' })], ASOF)).toBeNull();
  });
});
