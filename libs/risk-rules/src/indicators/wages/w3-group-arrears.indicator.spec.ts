import { measure } from '../../../test/rules.fixture';
import { editedRuleSet, paidInFull, scoreWages, wagePayment } from '../../../test/wage-payment.fixture';
import { W3_GROUP_ARREARS } from './w3-group-arrears.indicator';

const ASOF = '2024-02-20';
const owing = (workersOwed: number, headcount = 40) => [wagePayment('2024-02-12', { headcount, workersDue: headcount, workersPaid: headcount - workersOwed })];

describe('W3 group arrears', () => {
  it.each`
    workersOwed | headcount | value | points
    ${9}        | ${40}     | ${9}  | ${0}
    ${10}       | ${40}     | ${10} | ${15}
    ${9}        | ${100}    | ${9}  | ${0}
    ${10}       | ${100}    | ${10} | ${15}
    ${14}       | ${150}    | ${14} | ${15}
  `('counts $workersOwed of $headcount workers owed: value $value, +$points', ({ workersOwed, headcount, value, points }) => {
    const events = owing(workersOwed, headcount);
    expect(measure(W3_GROUP_ARREARS, events, ASOF)).toMatchObject({ value, values: { workersOwed, headcount }, unresolved: true, lastEvidenceDay: ASOF });
    expect(scoreWages(events, ASOF, { catalog: [W3_GROUP_ARREARS] }).score).toBe(points);
  });

  // With the defaults a 10 % share of 100+ workers is already 10 workers; a region that lowers the
  // share shows the share path on its own.
  it.each`
    headcount | workersOwed | shareOwed | value | points
    ${100}    | ${5}        | ${0.05}   | ${10} | ${15}
    ${100}    | ${4}        | ${0.04}   | ${4}  | ${0}
    ${99}     | ${5}        | ${0.051}  | ${5}  | ${0}
    ${300}    | ${15}       | ${0.05}   | ${15} | ${15}
  `('with a 5 % share rule, $workersOwed of $headcount owed measures $value (+$points)', ({ headcount, workersOwed, shareOwed, value, points }) => {
    const ruleSet = editedRuleSet((draft) => (draft.indicators.W3.params.minShare = 0.05));
    const events = owing(workersOwed, headcount);
    expect(measure(W3_GROUP_ARREARS, events, ASOF, { params: { minShare: 0.05 } })).toMatchObject({ value, values: { workersOwed, headcount, shareOwed } });
    expect(scoreWages(events, ASOF, { catalog: [W3_GROUP_ARREARS], ruleSet }).score).toBe(points);
  });

  it('takes the largest number owed in any open run, and the enterprise headcount from the newest report', () => {
    const events = [
      wagePayment('2024-02-12', { headcount: 120, workersDue: 120, workersPaid: 100 }),
      wagePayment('2024-03-12', { period: '2024-02', scheduledPayDate: '2024-03-10', headcount: 110, workersDue: 110, workersPaid: 98 }),
    ];
    expect(measure(W3_GROUP_ARREARS, events, '2024-03-20')).toMatchObject({ value: 20, values: { workersOwed: 20, headcount: 110, shareOwed: 0.182 } });
  });

  it.each`
    case                                    | events
    ${'arrears since paid'}                 | ${[...owing(30), paidInFull('2024-02-18', { headcount: 40 })]}
    ${'a run reported before its pay date'} | ${[wagePayment('2024-02-01', { scheduledPayDate: ASOF })]}
    ${'no wage runs'}                       | ${[]}
  `('measures nothing with $case', ({ events }) => {
    expect(measure(W3_GROUP_ARREARS, events, ASOF)).toBeNull();
  });
});
