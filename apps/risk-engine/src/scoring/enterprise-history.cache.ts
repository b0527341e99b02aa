import { Inject, Injectable } from '@nestjs/common';
import type { DayLevels, EnterpriseHistory, EnterpriseProfile, Level, RuleSet } from '@concord/risk-rules';
import { LRUCache } from 'lru-cache';

export const HISTORY_CACHE_ENTRIES = Symbol('HISTORY_CACHE_ENTRIES');

/** What the engine last wrote for one enterprise, as it wrote it. */
export interface CachedEnterprise {
  /** The enterprise_risk.history_version written with it. */
  historyVersion: string;
  history: EnterpriseHistory;
  /** Levels of single days, valid for `levelsKey` only (see DayLevels). */
  dayLevels: DayLevels;
  /** The rule set, profile and sibling levels the day levels were computed under. */
  levelsKey: string;
}

/**
 * The histories this process last wrote, so a batch reads from Postgres only the enterprises it
 * does not hold. An entry is trusted only while the version it was written with is the stored
 * one: another instance (after a rebalance) or a rolled-back transaction leaves a different or
 * older version in Postgres, and the history is read again. Bounded, least recently used first out.
 */
@Injectable()
export class EnterpriseHistoryCache {
  private readonly entries: LRUCache<string, CachedEnterprise>;

  constructor(@Inject(HISTORY_CACHE_ENTRIES) maxEntries: number) {
    this.entries = new LRUCache({ max: maxEntries });
  }

  /** The entry for `enterpriseId` if it was written with `storedVersion`, else undefined. */
  current(enterpriseId: string, storedVersion: string | null): CachedEnterprise | undefined {
    const entry = this.entries.get(enterpriseId);
    return entry && storedVersion !== null && entry.historyVersion === storedVersion ? entry : undefined;
  }

  remember(enterpriseId: string, entry: CachedEnterprise): void {
    this.entries.set(enterpriseId, entry);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** What a day's level depends on besides the history (see DayLevels): the key of CachedEnterprise.dayLevels. */
export function dayLevelsKey(ruleSet: Pick<RuleSet, 'id' | 'version'>, profile: EnterpriseProfile, siblingLevels: readonly Level[]): string {
  return JSON.stringify([ruleSet.id, ruleSet.version, profile, siblingLevels]);
}
