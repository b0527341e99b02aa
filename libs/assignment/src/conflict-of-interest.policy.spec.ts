import { baseNeeds, mediator } from '../test/roster.arbitrary';
import { hasConflictOfInterest } from './conflict-of-interest.policy';
import type { EmploymentSpell } from './mediator.model';

const needs = { ...baseNeeds, openedOn: '2025-03-10' };
const workedFor = (spell: Partial<EmploymentSpell>) =>
  mediator('m-1', { employmentHistory: [{ employerId: 'ent-1', from: '2015-01-01', until: null, ...spell }] });

describe('hasConflictOfInterest', () => {
  it('counts standing conflicts with the enterprise or its group whatever the date', () => {
    expect(hasConflictOfInterest(mediator('m-1', { conflictEnterpriseIds: ['ent-1'] }), needs)).toBe(true);
    expect(hasConflictOfInterest(mediator('m-1', { conflictEnterpriseIds: ['grp-1'] }), needs)).toBe(true);
    expect(hasConflictOfInterest(mediator('m-1', { conflictEnterpriseIds: ['ent-9'] }), needs)).toBe(false);
  });

  it('counts employment with the enterprise that ended on or after the same date 2 years before the case', () => {
    expect(hasConflictOfInterest(workedFor({ until: null }), needs)).toBe(true);
    expect(hasConflictOfInterest(workedFor({ until: '2023-03-10' }), needs)).toBe(true);
    expect(hasConflictOfInterest(workedFor({ until: '2023-03-09' }), needs)).toBe(false);
  });

  it('counts employment with the group, or with a sister enterprise of the group', () => {
    expect(hasConflictOfInterest(workedFor({ employerId: 'grp-1', until: '2024-01-01' }), needs)).toBe(true);
    expect(hasConflictOfInterest(workedFor({ employerId: 'ent-7', groupId: 'grp-1', until: '2024-01-01' }), needs)).toBe(true);
    expect(hasConflictOfInterest(workedFor({ employerId: 'ent-7', groupId: 'grp-2', until: '2024-01-01' }), needs)).toBe(false);
    expect(hasConflictOfInterest(workedFor({ employerId: 'ent-7', groupId: 'grp-1', until: '2024-01-01' }), { ...needs, enterpriseGroupId: null })).toBe(false);
  });

  it('counts every past employment with the enterprise when the case date is unknown', () => {
    expect(hasConflictOfInterest(workedFor({ until: '2001-01-01' }), { ...needs, openedOn: undefined })).toBe(true);
  });

  it('ends the window on 28 February for a case opened on 29 February', () => {
    const leapDay = { ...needs, openedOn: '2024-02-29' };
    expect(hasConflictOfInterest(workedFor({ until: '2022-02-28' }), leapDay)).toBe(true);
    expect(hasConflictOfInterest(workedFor({ until: '2022-02-27' }), leapDay)).toBe(false);
  });
});
