import { createEnterpriseSchema } from './create-enterprise.dto';

const ids = {
  region: '00000000-0000-4000-8000-000000000001',
  liaison: '00000000-0000-4000-8000-000000000002',
  management: '00000000-0000-4000-8000-000000000003',
  union: '00000000-0000-4000-8000-000000000004',
  employee: '00000000-0000-4000-8000-000000000005',
};
const valid = {
  name: ' 宁波华丰服装有限公司 ',
  registeredCode: '91330203MADEMO0003',
  regionId: ids.region,
  industry: 'Manufacturing',
  headcount: 880,
  liaisonPersonId: ids.liaison,
  committee: { managementPersonId: ids.management, unionPersonId: ids.union, employeePersonId: ids.employee },
};
const pathsOf = (input: unknown) => (createEnterpriseSchema.safeParse(input).error?.issues ?? []).map((issue) => issue.path.join('.'));

describe('createEnterpriseSchema', () => {
  it('normalises a valid body and fills the defaults', () => {
    expect(createEnterpriseSchema.parse(valid)).toEqual({
      ...valid,
      name: '宁波华丰服装有限公司',
      industry: 'manufacturing',
      groupId: null,
      jurisdiction: 'CN',
      grassrootsUnionChairPersonId: null,
    });
  });

  it('needs a committee of three different people', () => {
    expect(pathsOf({ ...valid, committee: { ...valid.committee, employeePersonId: ids.union } })).toEqual(['committee.employeePersonId']);
    expect(pathsOf({ ...valid, committee: { ...valid.committee, unionPersonId: ids.management } })).toEqual(['committee.unionPersonId']);
    expect(pathsOf({ ...valid, committee: { managementPersonId: ids.management } })).toEqual(['committee.unionPersonId', 'committee.employeePersonId']);
  });

  it('refuses a headcount that is not a positive whole number', () => {
    for (const headcount of [0, -3, 2.5, '10']) expect(pathsOf({ ...valid, headcount })).toEqual(['headcount']);
  });
});
