import type { Level } from '../components/LevelBadge';

/** Response shapes of the risk-engine (reached through /api/risk), as its controllers return them. */

export type LevelCounts = Record<Level, number>;

export interface ExplanationItem {
  ruleId: string;
  title: string;
  category: string;
  summary: string;
  points: number;
  weight: number;
  floor: Level | null;
  trigger: boolean;
  values: Record<string, number | string>;
  thresholds: Record<string, number>;
  legalBasis: string;
  evidenceEventIds: string[];
}

export interface EnterpriseRisk {
  enterpriseId: string;
  level: Level;
  band: Level;
  score: number;
  ruleSet: { id: string; version: number };
  asOf: string;
  scoredAt: string;
  evidenceEventIds: string[];
  explanation: ExplanationItem[];
}

export interface ScorePoint {
  triggerEventId: string;
  level: Level;
  band: Level;
  score: number;
  ruleSet: { id: string; version: number };
  asOf: string;
  scoredAt: string;
  explanation: ExplanationItem[];
}

export interface Forecast {
  enterpriseId: string;
  from: string;
  forecasts: { horizonDays: number; day: string; level: Level; score: number; drivers: { ruleId: string; title: string; points: number; floor: Level | null }[] }[];
}

export interface RiskAlert {
  alertId: string;
  enterpriseId: string;
  status: 'open' | 'resolved';
  level: Level;
  revision: number;
  openedAt: string;
  updatedAt: string;
  resolvedAt: string | null;
  explanation: ExplanationItem[];
}

/** GET /v1/board (apps/risk-engine/src/board/use-cases/get-board.use-case.ts): the risk board in one answer. */
export interface BoardEnterprise {
  enterpriseId: string;
  name: string;
  regionId: string;
  /** county → … → the enterprise's own region (ids; names come from the console's /v1/regions) */
  regionPath: string[];
  industry: string;
  level: Level;
  score: number;
  /** the business day the current level began */
  since: string | null;
  /** the level at the end of yesterday */
  previousLevel: Level | null;
}

export interface BoardChange {
  enterpriseId: string;
  name: string;
  regionId: string;
  from: Level | null;
  to: Level;
  score: number;
  changedAt: string;
}

export interface Board {
  asOf: string;
  enterprises: BoardEnterprise[];
  /** enterprises matching every filter, level included */
  total: number;
  /** per level over the region and industry filters (the level filter does not narrow these) */
  counts: LevelCounts;
  /** the same per direct child region of the selected region (per county at the top) */
  regions: { regionId: string; counts: LevelCounts }[];
  trend: { day: string; counts: LevelCounts }[];
  changes: BoardChange[];
}

/** GET /v1/regions on the console: the regions this person may see. */
export interface Region {
  id: string;
  name: string;
  tier: 'county' | 'street' | 'community';
  parentId: string | null;
}
