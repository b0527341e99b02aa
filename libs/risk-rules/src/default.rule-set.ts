import type { RuleSet } from './rule-set.model';

/** DOMAIN.md §3–4 defaults for China. */
export const DEFAULT_RULE_SET: RuleSet = deepFreeze({
  id: 'cn-default',
  version: 1,
  bands: [
    { level: 'GREEN', minScore: 0 },
    { level: 'BLUE', minScore: 20 },
    { level: 'YELLOW', minScore: 40 },
    { level: 'ORANGE', minScore: 60 },
    { level: 'RED', minScore: 80 },
  ],
  wageCap: 60,
  w1: {
    tiers: [
      { daysLateAbove: 0, points: 10, floor: null },
      { daysLateAbove: 7, points: 25, floor: null },
      { daysLateAbove: 30, points: 40, floor: 'YELLOW' },
    ],
    legalBasis:
      'PRC Labor Law Art. 50; Regulations on Ensuring Payment of Wages to Migrant Workers Arts. 12–14',
  },
  w3: {
    minWorkersOwed: 10,
    minShareOwed: 0.1,
    shareMinHeadcount: 100,
    points: 15,
    floorMinWorkersOwed: 10,
    floorDaysLateAbove: 30,
    floor: 'ORANGE',
    legalBasis: 'Labor Dispute Mediation and Arbitration Law Art. 7 (collective dispute: 10 or more workers)',
  },
});

// A shared default must not be mutable by whoever imports it first.
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
