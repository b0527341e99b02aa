import type { EnterpriseHistory } from '../history/enterprise-history';
import type { EnterpriseProfile } from '../history/enterprise-profile.model';
import type { IndicatorDefinition } from '../indicators/indicator.model';
import type { LegalProfile } from '../legal/legal-profile.model';
import type { Level } from '../level.model';
import type { RuleSet } from '../rules/rule-set.model';
import { type DayLevels, assessRisk } from '../scoring/assess-risk';

export interface RecordedEnterprise {
  history: EnterpriseHistory;
  profile: EnterpriseProfile;
  legal: LegalProfile;
}

/** One enterprise whose level would differ under the draft. */
export interface LevelChange {
  enterpriseId: string;
  /** The first business day on which the two rule sets disagree. */
  firstDay: string;
  /** Levels on that first day. */
  liveLevelThen: Level;
  draftLevelThen: Level;
  /** Levels on the enterprise's latest day: what publishing would change now. */
  liveLevelNow: Level;
  draftLevelNow: Level;
  /** Every evaluated day on which they disagree. */
  days: { day: string; live: Level; draft: Level }[];
}

export interface BacktestReport {
  enterprises: number;
  /** Business days evaluated per rule set, over all enterprises. */
  evaluations: number;
  changes: LevelChange[];
}

/**
 * Replays recorded history through the live and the draft rule set: each enterprise is assessed
 * (hysteresis included) on every business day one of its events happened, under both, and every
 * enterprise whose level would differ is reported with the days it differs. Pure: the caller
 * streams histories in and persists nothing.
 */
export function backtest(enterprises: Iterable<RecordedEnterprise>, live: RuleSet, draft: RuleSet, catalog: readonly IndicatorDefinition[]): BacktestReport {
  const changes: LevelChange[] = [];
  let count = 0;
  let evaluations = 0;
  for (const { history, profile, legal } of enterprises) {
    count++;
    const days = [...new Set(history.events.map((event) => event.day))];
    const differing: LevelChange['days'] = [];
    let liveNow: Level = 'GREEN';
    let draftNow: Level = 'GREEN';
    // A day's level is the same from every later event day, so each is computed once per rule set.
    const [liveDays, draftDays]: DayLevels[] = [new Map<string, Level>(), new Map<string, Level>()];
    for (const day of days) {
      const asOf = history.until(day);
      const liveLevel = assessRisk({ history: asOf, profile, asOf: day, ruleSet: live, catalog, legal }, liveDays).level;
      const draftLevel = assessRisk({ history: asOf, profile, asOf: day, ruleSet: draft, catalog, legal }, draftDays).level;
      evaluations++;
      if (liveLevel !== draftLevel) differing.push({ day, live: liveLevel, draft: draftLevel });
      [liveNow, draftNow] = [liveLevel, draftLevel];
    }
    if (differing.length > 0) {
      const [first] = differing;
      changes.push({
        enterpriseId: profile.enterpriseId,
        firstDay: first.day,
        liveLevelThen: first.live,
        draftLevelThen: first.draft,
        liveLevelNow: liveNow,
        draftLevelNow: draftNow,
        days: differing,
      });
    }
  }
  changes.sort((a, b) => (a.enterpriseId < b.enterpriseId ? -1 : a.enterpriseId > b.enterpriseId ? 1 : 0));
  return { enterprises: count, evaluations, changes };
}
