import { INDICATOR_CATALOG } from '../indicators/catalog';
import type { IndicatorConfig } from '../indicators/indicator.model';
import { deepFreeze } from './deep-freeze';
import type { RuleSet } from './rule-set.model';

/** DOMAIN.md §3–4 defaults for China: the first published rule set of a new installation. */
export const DEFAULT_RULE_SET: RuleSet = deepFreeze({
  id: 'cn-default',
  version: 1,
  jurisdiction: 'CN',
  bands: [
    { level: 'GREEN', minScore: 0 },
    { level: 'BLUE', minScore: 20 },
    { level: 'YELLOW', minScore: 40 },
    { level: 'ORANGE', minScore: 60 },
    { level: 'RED', minScore: 80 },
  ],
  categoryCaps: {
    wages: 60,
    social_insurance: 40,
    hours: 40,
    complaints: 40,
    contracts: 30,
    layoffs: 50,
    business: 50,
    // Collective incidents are not scored: they set levels directly (triggers and floors).
    incidents: 0,
    union: 20,
    platform: 40,
    disputes: 30,
  },
  recency: { fullWeightDays: 30, zeroWeightDays: 180 },
  hysteresisDays: 14,
  sectorPrior: {
    sectors: ['construction', 'labor_intensive_manufacturing', 'catering', 'logistics', 'platform_delivery', 'security', 'cleaning', 'staffing'],
    multiplier: 1.2,
  },
  groupPropagation: { siblingLevel: 'RED', points: 10 },
  rateMinHeadcount: 50,
  indicators: Object.fromEntries(INDICATOR_CATALOG.map((definition) => [definition.id, structuredClone<IndicatorConfig>(definition.defaults)])),
  customRules: [],
});
