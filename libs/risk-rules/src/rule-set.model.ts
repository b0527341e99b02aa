import type { Level } from './level.model';

/** One lateness tier of W1; a tier applies when days late exceed `daysLateAbove`. */
export interface LatenessTier {
  daysLateAbove: number;
  points: number;
  floor: Level | null;
}

export interface W1Config {
  /** Ascending by daysLateAbove; the highest tier that applies wins. */
  tiers: LatenessTier[];
  legalBasis: string;
}

export interface W3Config {
  minWorkersOwed: number;
  /** Share of headcount owed that also fires W3, used only from `shareMinHeadcount` workers up. */
  minShareOwed: number;
  shareMinHeadcount: number;
  points: number;
  /** Group arrears that have also run long get a floor. */
  floorMinWorkersOwed: number;
  floorDaysLateAbove: number;
  floor: Level;
  legalBasis: string;
}

export interface RuleSet {
  id: string;
  version: number;
  /** Ascending by minScore; the first band starts at 0. Regions may use fewer than five. */
  bands: { level: Level; minScore: number }[];
  /** Most points the wage category can contribute, whatever fires. */
  wageCap: number;
  w1: W1Config;
  w3: W3Config;
}
