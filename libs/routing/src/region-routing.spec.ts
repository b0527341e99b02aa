import { routingForRegion } from './region-routing';
import { DEFAULT_ROUTING, type RoutingTable } from './routing-table.model';

const strict: RoutingTable = { minLevelByRole: { ...DEFAULT_ROUTING.minLevelByRole, street_union: 'BLUE' } };
const countyWide: RoutingTable = { minLevelByRole: { ...DEFAULT_ROUTING.minLevelByRole, federation_leadership: 'ORANGE' } };

describe('routingForRegion', () => {
  it('uses the most specific region on the path that has a table, else the defaults', () => {
    const tables = new Map([
      ['county', countyWide],
      ['street-a', strict],
    ]);
    expect(routingForRegion(['county', 'street-a', 'community-1'], tables)).toBe(strict);
    expect(routingForRegion(['county', 'street-b', 'community-2'], tables)).toBe(countyWide);
    expect(routingForRegion(['other-county'], tables)).toBe(DEFAULT_ROUTING);
    expect(routingForRegion([], new Map())).toBe(DEFAULT_ROUTING);
  });
});
