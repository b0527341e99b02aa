import type { FiredRuleV1 } from '@concord/contracts';
import { caseCategoryOf } from './case-category.mapper';

const rule = (ruleId: string, points: number): FiredRuleV1 => ({
  ruleId,
  ruleSetId: 'default',
  ruleSetVersion: 1,
  points,
  floor: null,
  values: {},
  thresholds: {},
  evidenceEventIds: [],
  legalBasis: '',
  summary: '',
});

describe('caseCategoryOf', () => {
  it('files wage alerts as pay', () => {
    expect(caseCategoryOf([rule('W1', 25), rule('W3', 15)])).toBe('pay');
  });

  it('follows the rule that weighed most, the first on a tie', () => {
    expect(caseCategoryOf([rule('W1', 10), rule('S1', 35)])).toBe('social_insurance');
    expect(caseCategoryOf([rule('H1', 20), rule('K1', 20)])).toBe('working_time');
  });

  it('is general without a known rule family', () => {
    expect(caseCategoryOf([])).toBe('general');
    expect(caseCategoryOf([rule('X9', 50)])).toBe('general');
    expect(caseCategoryOf([rule('X9', 50), rule('L1', 0)])).toBe('layoffs');
  });
});
