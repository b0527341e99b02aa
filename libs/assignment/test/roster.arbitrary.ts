/**
 * Fixtures and fast-check arbitraries for the assignment specs: a small world of one county, two
 * streets, two enterprises of one group, three languages and four affiliations, biased towards
 * eligible mediators so that choices and panels actually get checked.
 */
import fc from 'fast-check';
import { LEVELS } from '@concord/risk-rules';
import type { CaseNeeds } from '../src/case-needs.model';
import { MEDIATOR_AFFILIATIONS, MEDIATOR_TIERS, type EmploymentSpell, type Mediator, type MediatorTier } from '../src/mediator.model';

export const baseNeeds: CaseNeeds = {
  enterpriseId: 'ent-1',
  enterpriseGroupId: 'grp-1',
  regionPath: ['county-1', 'street-1', 'community-1'],
  level: 'YELLOW',
  collective: false,
  category: 'pay',
  industry: 'construction',
  languages: ['zh'],
  openedOn: '2025-03-10',
};

export function mediator(id: string, overrides: Partial<Mediator> = {}): Mediator {
  return {
    id,
    active: true,
    tiers: ['street'],
    regionIds: ['street-1'],
    languages: ['zh'],
    expertise: ['pay'],
    industries: ['construction'],
    capacity: 10,
    openCases: 2,
    unavailable: false,
    conflictEnterpriseIds: [],
    ...overrides,
  };
}

const pick = <T>(values: readonly T[]) => fc.subarray([...values]);
const mostly = (percent: number) => fc.integer({ min: 1, max: 100 }).map((x) => x <= percent);
const regions = ['county-1', 'street-1', 'street-2', 'community-1', 'community-2'];
const isoDay = fc.constantFrom('2021-06-30', '2022-03-09', '2023-03-10', '2023-03-11', '2024-12-31', '2025-03-10');

const spellArb: fc.Arbitrary<EmploymentSpell> = fc.record({
  employerId: fc.constantFrom('ent-1', 'grp-1', 'ent-2', 'ent-3'),
  groupId: fc.constantFrom('grp-1', 'grp-2', null, undefined),
  from: fc.constant('2020-01-01'),
  until: fc.option(isoDay, { nil: null }),
});

export const mediatorArb = fc.record(
  {
    active: mostly(90),
    tiers: fc.subarray([...MEDIATOR_TIERS], { minLength: 1 }),
    regionIds: fc.subarray(regions, { minLength: 1 }),
    languages: fc.subarray(['zh', 'yue', 'en'], { minLength: 1 }),
    expertise: pick(['pay', 'contracts', 'hours']),
    industries: pick(['construction', 'catering']),
    capacity: fc.integer({ min: 0, max: 8 }),
    openCases: fc.integer({ min: 0, max: 6 }),
    unavailable: mostly(10),
    conflictEnterpriseIds: fc.subarray(['ent-1', 'grp-1', 'ent-2'], { maxLength: 1 }),
    employmentHistory: fc.array(spellArb, { maxLength: 2 }),
    affiliation: fc.constantFrom(...MEDIATOR_AFFILIATIONS, undefined),
  },
  { requiredKeys: ['active', 'tiers', 'regionIds', 'languages', 'expertise', 'industries', 'capacity', 'openCases', 'unavailable', 'conflictEnterpriseIds'] },
);

/** Mostly eligible for any case of the world, so that panels of three get seated and checked too. */
const likelyEligibleMediatorArb = fc.record(
  {
    active: mostly(95),
    tiers: fc.oneof(fc.constant<MediatorTier[]>(['street']), fc.constant<MediatorTier[]>(['county']), fc.subarray([...MEDIATOR_TIERS], { minLength: 1 })),
    regionIds: fc.oneof(fc.constant<string[]>(['county-1']), fc.subarray(regions, { minLength: 1 })),
    languages: fc.oneof(fc.constant<string[]>(['zh', 'yue']), fc.subarray(['zh', 'yue', 'en'], { minLength: 1 })),
    expertise: pick(['pay', 'contracts', 'hours']),
    industries: pick(['construction', 'catering']),
    capacity: fc.integer({ min: 0, max: 4 }),
    openCases: fc.integer({ min: 0, max: 2 }),
    unavailable: mostly(5),
    conflictEnterpriseIds: fc.oneof(fc.constant<string[]>([]), fc.subarray(['ent-1', 'grp-1', 'ent-2'], { maxLength: 1 })),
    employmentHistory: fc.oneof(fc.constant<EmploymentSpell[]>([]), fc.array(spellArb, { maxLength: 1 })),
    affiliation: fc.constantFrom(...MEDIATOR_AFFILIATIONS, undefined),
  },
  { requiredKeys: ['active', 'tiers', 'regionIds', 'languages', 'expertise', 'industries', 'capacity', 'openCases', 'unavailable', 'conflictEnterpriseIds'] },
);

export const rosterArb = fc
  .oneof(fc.array(mediatorArb, { maxLength: 14 }), fc.array(likelyEligibleMediatorArb, { minLength: 4, maxLength: 14 }))
  .map((ms) => ms.map((m, i): Mediator => ({ ...m, id: `m-${String(i).padStart(2, '0')}` })));

/** Ids drawn from a small pool, so rosters that repeat a mediator come up often. */
export const repeatingRosterArb = fc.array(
  fc.tuple(fc.constantFrom('m-a', 'm-b', 'm-c', 'm-d'), mediatorArb).map(([id, m]): Mediator => ({ ...m, id })),
  { maxLength: 14 },
);

const someIds = fc.array(fc.constantFrom('m-00', 'm-01', 'm-03', 'm-07', 'm-a', 'm-x'), { maxLength: 3 });

export const needsArb: fc.Arbitrary<CaseNeeds> = fc.record(
  {
    enterpriseId: fc.constantFrom('ent-1', 'ent-2'),
    enterpriseGroupId: fc.constantFrom('grp-1', null),
    regionPath: fc.constantFrom(['county-1', 'street-1', 'community-1'], ['county-1', 'street-2']),
    level: fc.constantFrom(...LEVELS),
    collective: fc.boolean(),
    category: fc.constantFrom('pay', 'hours'),
    industry: fc.constantFrom('construction', 'catering'),
    languages: pick(['zh', 'yue']),
    openedOn: fc.constantFrom('2025-03-10', '2024-06-01'),
    minimumTier: fc.constantFrom(...MEDIATOR_TIERS),
    preferredMediatorIds: someIds,
    chosenMediatorIds: someIds,
    excludedMediatorIds: someIds,
  },
  { requiredKeys: ['enterpriseId', 'enterpriseGroupId', 'regionPath', 'level', 'collective', 'category', 'industry', 'languages'] },
);
