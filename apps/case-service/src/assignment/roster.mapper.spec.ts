import { assignMediators } from '@concord/assignment';
import { type RosterRow, caseNeedsOf, employmentSpellsOf, toMediator } from './roster.mapper';

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
  affiliation: null,
  employment_history: [],
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
      employmentHistory: [],
    });
  });

  it('maps a recorded affiliation and leaves an unrecorded or unknown one out (it counts towards no side)', () => {
    expect(toMediator({ ...row, affiliation: 'union' }, 0).affiliation).toBe('union');
    expect(toMediator({ ...row, affiliation: null }, 0)).not.toHaveProperty('affiliation');
    expect(toMediator({ ...row, affiliation: 'chamber_of_commerce' }, 0)).not.toHaveProperty('affiliation');
  });

  it('maps employment history to spells; a missing or unreadable end date counts as still employed', () => {
    expect(
      employmentSpellsOf([
        { enterpriseId: 'ent-1', groupId: 'grp-1', from: '2020-01-01', to: '2024-06-30' },
        { enterpriseId: 'ent-2', groupId: null, from: '2024-07-01', to: null },
        { enterpriseId: 'ent-3', from: '2019-01-01' },
        { enterpriseId: 'ent-4', groupId: null, from: '2019-01-01', to: 'last spring' },
        { groupId: 'grp-5', from: '2019-01-01', to: null },
        'ent-6',
      ]),
    ).toEqual([
      { employerId: 'ent-1', groupId: 'grp-1', from: '2020-01-01', until: '2024-06-30' },
      { employerId: 'ent-2', groupId: null, from: '2024-07-01', until: null },
      { employerId: 'ent-3', groupId: null, from: '2019-01-01', until: null },
      { employerId: 'ent-4', groupId: null, from: '2019-01-01', until: null },
    ]);
    expect(employmentSpellsOf(null)).toEqual([]);
    expect(employmentSpellsOf({ enterpriseId: 'ent-1' })).toEqual([]);
  });

  it('excludes a mediator who worked for the enterprise within 2 years of the day the case was received, not one who left earlier', () => {
    const needs = { ...caseNeedsOf(profile, 'ORANGE', 'pay'), openedOn: '2026-11-30' };
    const spell = (to: string) => [{ enterpriseId: 'ent-1', groupId: null, from: '2015-01-01', to }];
    const recent = toMediator({ ...row, mediator_id: 'm-recent', employment_history: spell('2025-05-31') }, 0);
    const earlier = toMediator({ ...row, mediator_id: 'm-earlier', employment_history: spell('2023-11-29') }, 0);
    const sister = toMediator({ ...row, mediator_id: 'm-sister', employment_history: [{ enterpriseId: 'ent-7', groupId: 'grp-1', from: '2020-01-01', to: null }] }, 0);
    const result = assignMediators(needs, [recent, earlier, sister]);
    expect(result.reason.excluded).toEqual([
      { mediatorId: 'm-recent', filter: 'conflict' },
      { mediatorId: 'm-sister', filter: 'conflict' },
    ]);
    expect(result.ok && result.mediatorIds).toEqual(['m-earlier']);
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
