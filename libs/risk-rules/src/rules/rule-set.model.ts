import type { Jurisdiction, Sector } from '../history/enterprise-profile.model';
import type { Category, IndicatorConfig } from '../indicators/indicator.model';
import type { Level } from '../level.model';

/** A staff-written rule: a safe expression over the measured values (see custom-rule.ts). */
export interface CustomRule {
  id: string;
  category: Category;
  title: string;
  /** e.g. `W1.maxDaysLate > 20 and W3.workersOwed >= 5` — no JavaScript, only this grammar. */
  expression: string;
  points: number;
  floor: Level | null;
  legalBasis: string;
}

/** A published, versioned rule set: everything that turns measurements into a level. */
export interface RuleSet {
  id: string;
  version: number;
  jurisdiction: Jurisdiction;
  /** Ascending by minScore; the first band starts at 0. Regions may use fewer than five. */
  bands: { level: Level; minScore: number }[];
  /** Most points each category contributes, whatever fires. */
  categoryCaps: Record<Category, number>;
  /** Full weight for `fullWeightDays` after the evidence, then linear to zero at `zeroWeightDays`. */
  recency: { fullWeightDays: number; zeroWeightDays: number };
  /** A level drops only after this many days without the condition that set it. */
  hysteresisDays: number;
  /** Sectors whose score is multiplied by `multiplier` (the sector prior). */
  sectorPrior: { sectors: Sector[]; multiplier: number };
  /** Points added to an establishment while a sibling of its group is at `siblingLevel`. */
  groupPropagation: { siblingLevel: Level; points: number };
  /** Rates per worker use at least this headcount as denominator (small firms: absolute counts). */
  rateMinHeadcount: number;
  /** Keyed by indicator id (W1, S1 …): every indicator of the catalog. */
  indicators: Record<string, IndicatorConfig>;
  customRules: CustomRule[];
}
