import type { FiredRuleV1 } from '@concord/contracts';

/** Indicator families of DOMAIN.md §4 (by rule id letter) and the case category they raise. */
const CATEGORY_BY_FAMILY: Record<string, string> = {
  W: 'pay',
  S: 'social_insurance',
  H: 'working_time',
  C: 'complaints',
  K: 'contracts',
  L: 'layoffs',
  B: 'business_status',
  I: 'collective',
  U: 'union_rights',
  P: 'platform_work',
  D: 'disputes',
};

export const GENERAL_CATEGORY = 'general';

/**
 * The case category of an alert: the family of the rule that weighed most (mediators' expertise
 * is matched against it). Ties go to the rule listed first; an alert without a known rule is general.
 */
export function caseCategoryOf(fired: readonly FiredRuleV1[]): string {
  let heaviest: FiredRuleV1 | undefined;
  for (const rule of fired) {
    if (CATEGORY_BY_FAMILY[rule.ruleId.charAt(0)] !== undefined && (!heaviest || rule.points > heaviest.points)) heaviest = rule;
  }
  return heaviest ? CATEGORY_BY_FAMILY[heaviest.ruleId.charAt(0)] : GENERAL_CATEGORY;
}
