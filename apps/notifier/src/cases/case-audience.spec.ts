import { randomUUID } from 'node:crypto';
import type { CaseEvent } from './case-audience';
import { caseAudience, caseNoticeKind } from './case-audience';

const CONTACTS = [
  { personId: 'liaison', role: 'liaison' },
  { personId: 'chair', role: 'grassroots_union_chair' },
  { personId: 'management', role: 'committee_management' },
  { personId: 'union', role: 'committee_union' },
  { personId: 'employee', role: 'committee_employee' },
  { personId: 'county', role: 'county_federation' },
];

function stageChanged(to: string, command: string): CaseEvent {
  return {
    specversion: '1.0',
    id: `case:c1:transition:${randomUUID()}`,
    source: 'concord/case-service',
    type: 'concord.case.stage_changed.v1',
    subject: randomUUID(),
    time: '2026-03-02T08:00:00.000Z',
    datacontenttype: 'application/json',
    data: { caseId: randomUUID(), enterpriseId: randomUUID(), from: 'in_mediation', to, command, tier: 'street', mediatorIds: [], note: '', changedAt: '2026-03-02T08:00:00.000Z' },
  } as CaseEvent;
}

const people = (recipients: { personId: string }[]) => recipients.map((recipient) => recipient.personId).sort();

describe('caseNoticeKind', () => {
  it('names the turning points, a reassignment and any other stage change', () => {
    expect(caseNoticeKind(stageChanged('escalated', 'escalate'))).toBe('escalated');
    expect(caseNoticeKind(stageChanged('failed', 'fail'))).toBe('failed');
    expect(caseNoticeKind(stageChanged('arbitration', 'refer_to_arbitration'))).toBe('arbitration');
    expect(caseNoticeKind(stageChanged('assigned', 'reassign'))).toBe('reassigned');
    expect(caseNoticeKind(stageChanged('accepted', 'accept'))).toBe('stage_changed');
  });

  it('tells nobody of an opening: the alert told them, and the assignment follows', () => {
    const opened = { ...stageChanged('intake', 'open'), type: 'concord.case.opened.v1' } as CaseEvent;
    expect(caseNoticeKind(opened)).toBeNull();
  });
});

describe('caseAudience', () => {
  it('tells an assignment to the newly seated mediators, the liaison and the committee', () => {
    const audience = caseAudience({ kind: 'assigned', seatedNow: ['m1', 'm2', 'm3'], seatedBefore: ['m1', 'm2', 'm9'], contacts: CONTACTS });
    expect(people(audience)).toEqual(['employee', 'liaison', 'm3', 'management', 'union']);
    expect(audience.find((recipient) => recipient.personId === 'm3')?.roles).toEqual(['mediator']);
  });

  it('tells a first assignment to every seated mediator', () => {
    expect(people(caseAudience({ kind: 'assigned', seatedNow: ['m1'], seatedBefore: null, contacts: [] }))).toEqual(['m1']);
  });

  it.each(['reassigned', 'failed', 'escalated', 'arbitration'] as const)('tells %s to the old and new mediators, the liaison and the committee', (kind) => {
    const audience = caseAudience({ kind, seatedNow: ['m2'], seatedBefore: ['m1'], contacts: CONTACTS });
    expect(people(audience)).toEqual(['employee', 'liaison', 'm1', 'm2', 'management', 'union']);
  });

  it('tells any other stage change to the liaison alone', () => {
    expect(people(caseAudience({ kind: 'stage_changed', seatedNow: ['m1'], seatedBefore: ['m1'], contacts: CONTACTS }))).toEqual(['liaison']);
  });

  it('tells a person in several roles once, with their roles nearest first', () => {
    const audience = caseAudience({ kind: 'escalated', seatedNow: ['liaison'], seatedBefore: null, contacts: [...CONTACTS, { personId: 'liaison', role: 'committee_union' }] });
    expect(audience.filter((recipient) => recipient.personId === 'liaison')).toEqual([{ personId: 'liaison', roles: ['mediator', 'liaison', 'committee_union'] }]);
  });
});

describe('an assignment that seats nobody new', () => {
  it('tells nobody: the reassignment before it named the new seat to everyone', () => {
    expect(caseAudience({ kind: 'assigned', seatedNow: ['m2'], seatedBefore: ['m2'], contacts: [{ personId: 'l1', role: 'liaison' }] })).toEqual([]);
  });
});
