import { REGION_TIERS, parentTierOf } from './region-tier';

describe('parentTierOf', () => {
  it('nests county → street → community', () => {
    expect(parentTierOf('county')).toBeNull();
    expect(parentTierOf('street')).toBe('county');
    expect(parentTierOf('community')).toBe('street');
  });

  it('gives every tier but the root a parent one level up', () => {
    REGION_TIERS.forEach((tier, index) => {
      expect(parentTierOf(tier)).toBe(index === 0 ? null : REGION_TIERS[index - 1]);
    });
  });
});
