import { createRegionSchema } from './create-region.dto';

const parentId = '00000000-0000-4000-8000-000000000001';
const problems = (input: unknown) => (createRegionSchema.safeParse(input).error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]);

describe('createRegionSchema', () => {
  it('takes a county without a parent and a street or community with one', () => {
    expect(createRegionSchema.parse({ name: '海曙区', tier: 'county' })).toEqual({ name: '海曙区', tier: 'county', parentId: null });
    expect(createRegionSchema.parse({ name: '鼓楼街道', tier: 'street', parentId })).toEqual({ name: '鼓楼街道', tier: 'street', parentId });
  });

  it('refuses a county with a parent and a street or community without one', () => {
    expect(problems({ name: 'x', tier: 'county', parentId })).toEqual([['parentId', 'a county is a root region and has no parent']]);
    expect(problems({ name: 'x', tier: 'community' })).toEqual([['parentId', 'a community region needs a parent']]);
  });

  it('knows only the three tiers', () => {
    expect(problems({ name: 'x', tier: 'city' }).map(([path]) => path)).toEqual(['tier']);
  });
});
