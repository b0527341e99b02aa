import { registerMediatorSchema } from './register-mediator.dto';

const ids = {
  person: '00000000-0000-4000-8000-000000000001',
  region: '00000000-0000-4000-8000-000000000002',
  enterprise: '00000000-0000-4000-8000-000000000003',
  group: '00000000-0000-4000-8000-000000000004',
};
const valid = { personId: ids.person, tiers: ['street'], regionIds: [ids.region], languages: ['zh-CN'], capacity: 5 };
const pathsOf = (input: unknown) => (registerMediatorSchema.safeParse(input).error?.issues ?? []).map((issue) => issue.path.join('.'));

describe('registerMediatorSchema: affiliation and employment history', () => {
  it('defaults to no recorded affiliation and no employment history', () => {
    expect(registerMediatorSchema.parse(valid)).toMatchObject({ affiliation: null, employmentHistory: [] });
  });

  it('accepts the four affiliations and dated spells, an open-ended one and one without a group', () => {
    const parsed = registerMediatorSchema.parse({
      ...valid,
      affiliation: 'employers',
      employmentHistory: [
        { enterpriseId: ids.enterprise, groupId: ids.group, from: '2015-01-01', to: '2020-12-31' },
        { enterpriseId: ids.enterprise, from: '2021-01-01' },
      ],
    });
    expect(parsed.affiliation).toBe('employers');
    expect(parsed.employmentHistory).toEqual([
      { enterpriseId: ids.enterprise, groupId: ids.group, from: '2015-01-01', to: '2020-12-31' },
      { enterpriseId: ids.enterprise, groupId: null, from: '2021-01-01', to: null },
    ]);
    for (const affiliation of ['union', 'employers', 'government', 'independent']) expect(pathsOf({ ...valid, affiliation })).toEqual([]);
  });

  it('names the field of every bad value', () => {
    expect(pathsOf({ ...valid, affiliation: 'chamber' })).toEqual(['affiliation']);
    expect(pathsOf({ ...valid, employmentHistory: [{ enterpriseId: 'x', from: '2020-01-01' }] })).toEqual(['employmentHistory.0.enterpriseId']);
    expect(pathsOf({ ...valid, employmentHistory: [{ enterpriseId: ids.enterprise, from: '1 May 2020' }] })).toEqual(['employmentHistory.0.from']);
    expect(pathsOf({ ...valid, employmentHistory: [{ enterpriseId: ids.enterprise, from: '2020-05-01', to: '2020-04-30' }] })).toEqual(['employmentHistory.0.to']);
    expect(pathsOf({ ...valid, employmentHistory: { enterpriseId: ids.enterprise } })).toEqual(['employmentHistory']);
  });
});
