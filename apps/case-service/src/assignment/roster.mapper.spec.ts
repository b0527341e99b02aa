import { assignMediators } from '@concord/assignment';
import { type RosterRow, caseNeedsOf, toMediator } from './roster.mapper';

const row: RosterRow = {
  mediator_id: 'm-1',
  active: true,
  unavailable: false,
  tiers: ['street', 'provincial'],
  region_ids: ['street-1'],
  languages: ['zh-CN'],
  expertise: ['pay'],
  industries: ['manufacturing'],
  capacity: 5,
  conflict_enterprise_ids: ['ent-9'],
};
const profile = { enterprise_id: 'ent-1', region_path: ['county-1', 'street-1', 'community-1'], industry: 'manufacturing', group_id: 'grp-1', jurisdiction: 'CN' };

describe('roster mapping', () => {
  it('takes open cases from the ledger and drops tiers the assigner does not know', () => {
    expect(toMediator(row, 3)).toEqual({
      id: 'm-1',
      active: true,
      unavailable: false,
      tiers: ['street'],
      regionIds: ['street-1'],
      languages: ['zh-CN'],
      expertise: ['pay'],
      industries: ['manufacturing'],
      capacity: 5,
      openCases: 3,
      conflictEnterpriseIds: ['ent-9'],
    });
  });

  it('describes the case from the enterprise profile: not collective, zh-CN, its group as a party', () => {
    expect(caseNeedsOf(profile, 'ORANGE', 'pay')).toEqual({
      enterpriseId: 'ent-1',
      enterpriseGroupId: 'grp-1',
      regionPath: ['county-1', 'street-1', 'community-1'],
      level: 'ORANGE',
      collective: false,
      category: 'pay',
      industry: 'manufacturing',
      languages: ['zh-CN'],
    });
  });

  it('lets the ledger, not the directory, decide capacity', () => {
    const needs = caseNeedsOf(profile, 'ORANGE', 'pay');
    expect(assignMediators(needs, [toMediator(row, 4)]).ok).toBe(true);
    expect(assignMediators(needs, [toMediator(row, 5)]).reason.excluded).toEqual([{ mediatorId: 'm-1', filter: 'capacity' }]);
  });

  it('excludes a mediator who worked for the enterprise’s group', () => {
    const conflicted = toMediator({ ...row, conflict_enterprise_ids: ['grp-1'] }, 0);
    expect(assignMediators(caseNeedsOf(profile, 'RED', 'pay'), [conflicted]).reason.excluded).toEqual([{ mediatorId: 'm-1', filter: 'conflict' }]);
  });
});
