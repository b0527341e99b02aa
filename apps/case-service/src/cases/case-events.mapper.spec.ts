import { CASE_STAGES } from '@concord/case-workflow';
import { caseOpenedV1, caseStage, mediatorAssignedV1 } from '@concord/contracts';
import { caseOpenedEvent, mediatorAssignedEvent } from './case-events.mapper';

const opened = {
  caseId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  enterpriseId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  alertId: '16fd2706-8baf-433b-82eb-8c7fada847da',
  level: 'ORANGE' as const,
  collective: false,
  openedAt: new Date('2026-01-05T08:00:00.000Z'),
};

describe('case events', () => {
  it('announces the opening under a deterministic id, keyed by enterprise, valid against its contract', () => {
    const event = caseOpenedEvent(opened);
    expect(event).toMatchObject({ id: `case:${opened.caseId}:opened`, subject: opened.enterpriseId, time: '2026-01-05T08:00:00.000Z' });
    expect(caseOpenedV1.schema.parse(event)).toEqual(event);
  });

  it('announces the assignment with the readable reason', () => {
    const event = mediatorAssignedEvent(opened, ['e4eaaaf2-d142-11e1-b3e4-080027620cdd'], 'Assigned mediator m (score 0.8)', new Date('2026-01-05T08:00:01.000Z'));
    expect(event).toMatchObject({ id: `case:${opened.caseId}:assigned`, subject: opened.enterpriseId, data: { reason: 'Assigned mediator m (score 0.8)' } });
    expect(mediatorAssignedV1.schema.parse(event)).toEqual(event);
  });
});

describe('the case.events stage names', () => {
  it('are the workflow’s stages: the contract freezes them, this says when the lib has moved on', () => {
    expect([...caseStage.options]).toEqual([...CASE_STAGES]);
  });
});
