import { caseFailed, caseOpened, caseToAgreement, newCaseId, performanceConfirmed, stageChanged } from '../../test/case-events.fixture';
import { caseFacts } from './case-facts';
import { EnterpriseHistory } from './enterprise-history';

describe('caseFacts', () => {
  it('follows a case from its opening through agreement to confirmed performance', () => {
    const caseId = newCaseId();
    const events = [...caseToAgreement(caseId, '2026-04-12', '2026-04-20', { collective: true }), ...performanceConfirmed(caseId, '2026-04-21', '2026-05-05')];
    const facts = caseFacts(EnterpriseHistory.of(events)).get(caseId);
    expect(facts).toMatchObject({
      caseId,
      collective: true,
      openedOn: '2026-04-12',
      stage: 'closed',
      agreementOn: '2026-04-20',
      performanceConfirmedOn: '2026-05-05',
      failedOn: null,
      evidence: { opened: events[0].id, performance: events.at(-1)?.id, failure: null },
    });
  });

  it('records the latest failure, escalation or arbitration', () => {
    const caseId = newCaseId();
    const events = [
      ...caseFailed(caseId, '2026-04-12', '2026-04-28'),
      stageChanged(caseId, '2026-04-29', 'failed', 'escalated', 'escalate'),
      stageChanged(caseId, '2026-05-20', 'escalated', 'arbitration', 'refer_to_arbitration'),
    ];
    expect(caseFacts(EnterpriseHistory.of(events)).get(caseId)).toMatchObject({ stage: 'arbitration', failedOn: '2026-05-20', evidence: { failure: events.at(-1)?.id } });
  });

  it('closing without confirm_performance (withdraw, close) is not a performed agreement', () => {
    const caseId = newCaseId();
    const events = [...caseToAgreement(caseId, '2026-04-12', '2026-04-20'), stageChanged(caseId, '2026-04-25', 'agreement', 'closed', 'close')];
    expect(caseFacts(EnterpriseHistory.of(events)).get(caseId)).toMatchObject({ stage: 'closed', performanceConfirmedOn: null });
  });

  it('knows a case from its changes when the opening is not on record, and ignores HR events', () => {
    const caseId = newCaseId();
    const history = EnterpriseHistory.of([stageChanged(caseId, '2026-04-14', 'assigned', 'accepted', 'accept')]);
    expect(caseFacts(history).get(caseId)).toMatchObject({ openedOn: '2026-04-14', collective: false, stage: 'accepted' });
    expect(caseFacts(EnterpriseHistory.of([caseOpened(newCaseId(), '2026-04-12')])).size).toBe(1);
  });

  it('as the history stood on a day: later changes are not known yet', () => {
    const caseId = newCaseId();
    const history = EnterpriseHistory.of([...caseToAgreement(caseId, '2026-04-12', '2026-04-20'), ...performanceConfirmed(caseId, '2026-04-21', '2026-05-05')]);
    expect(caseFacts(history.until('2026-05-04')).get(caseId)).toMatchObject({ stage: 'performance_monitoring', performanceConfirmedOn: null });
  });
});
