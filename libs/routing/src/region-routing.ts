import { DEFAULT_ROUTING, type RoutingTable } from './routing-table.model';

/**
 * The routing table for an enterprise: the one set for the most specific region on its path
 * (county → street → community) if any region on it has one, else the defaults. A street can so
 * route differently from its county without repeating the county's table for every community.
 */
export function routingForRegion(regionPath: readonly string[], tablesByRegion: ReadonlyMap<string, RoutingTable>): RoutingTable {
  for (let i = regionPath.length - 1; i >= 0; i--) {
    const table = tablesByRegion.get(regionPath[i]);
    if (table) return table;
  }
  return DEFAULT_ROUTING;
}
