import type { StoredCaseState } from '../../api/cases';
import { nextDeadline } from './case-deadline';

const assigned: StoredCaseState = {
  caseId: '00000000-0000-4000-8000-0000000000c1',
  stage: 'assigned',
  jurisdiction: 'CN',
  level: 'ORANGE',
  tier: 'street',
  collective: false,
  workerCount: 3,
  receivedAt: '2026-09-30T02:00:00.000Z',
  // 10:00 in Shanghai on Wednesday 30 September 2026, the day before the National Day break
  assignedAt: '2026-09-30T02:00:00.000Z',
  mediatorIds: ['00000000-0000-4000-8000-0000000000a1'],
  acceptedBy: [],
  excludedMediatorIds: [],
  firstMeetingAt: null,
  extensionDays: 0,
  performBy: null,
  limitationFrom: null,
  failure: null,
};

describe('nextDeadline', () => {
  it('counts the acceptance in China working days across the National Day break and its make-up Saturday', () => {
    // 1–7 October are off; Thu 8 and Fri 9 are working days, and so is Saturday 10 October (调休).
    const countdown = nextDeadline(assigned, new Date('2026-09-30T04:00:00Z'));
    expect(countdown).toMatchObject({ kind: 'acceptance_overdue', dueDay: '2026-10-10', workingDaysLeft: 3, calendarDaysLeft: 10, overdue: false, exact: true });
    expect(countdown?.at.toISOString()).toBe('2026-10-10T16:00:00.000Z');
  });

  it('is overdue from 24:00 local time of the last day, and counts the working days since as negative', () => {
    expect(nextDeadline(assigned, new Date('2026-10-10T15:59:59Z'))).toMatchObject({ overdue: false, workingDaysLeft: 0 });
    expect(nextDeadline(assigned, new Date('2026-10-13T02:00:00Z'))).toMatchObject({ overdue: true, workingDaysLeft: -2, calendarDaysLeft: -3 });
  });

  it('follows the mediation period once the case is accepted, and has none once it is closed', () => {
    const accepted = { ...assigned, stage: 'accepted', acceptedBy: assigned.mediatorIds };
    expect(nextDeadline(accepted, new Date('2026-09-30T04:00:00Z'))?.kind).toBe('mediation_overdue');
    expect(nextDeadline({ ...assigned, stage: 'closed' }, new Date('2026-09-30T04:00:00Z'))).toBeNull();
  });
});
