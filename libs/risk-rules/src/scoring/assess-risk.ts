import { addDays } from '../calendar-day.util';
import { type Level, levelRank } from '../level.model';
import { type ScoreInput, scoreEnterprise } from './score-enterprise';
import type { RiskAssessment } from './score.model';

/**
 * Levels computed for single days, by day ('YYYY-MM-DD'): a memo that `assessRisk` reads and
 * fills. A day's level depends only on the history up to that day, the profile, sibling levels
 * and the rule set, so a caller may keep one across assessments of the same enterprise under the
 * same profile, sibling levels and rule set, provided it forgets every day from the first day the
 * history changed on (`forgetDaysFrom`).
 */
export type DayLevels = Map<string, Level>;

/**
 * The enterprise's level with hysteresis (DOMAIN.md §3): a level drops only once the condition
 * that set it has been gone for `hysteresisDays`. Stated without state: the level on a day is the
 * highest level computed on any day of the window ending then, each from the history as it stood
 * that day — so it is the same whatever order the events arrived in, and a backtest can replay it.
 * Every day is computed: conditions also end on dates carried inside events (an incident's end,
 * a letter's answer, a layoff settling), not only on the days events arrive.
 */
export function assessRisk(input: ScoreInput, dayLevels: DayLevels = new Map()): RiskAssessment {
  const score = scoreEnterprise(input);
  // Only a history that ends by `asOf` is the history as it stood that day.
  const lastDay = input.history.lastDay();
  if (lastDay === undefined || lastDay <= input.asOf) dayLevels.set(input.asOf, score.level);
  let level = score.level;
  let heldBy: RiskAssessment['heldBy'] = null;
  const firstDay = input.history.events[0]?.day;
  for (let back = 1; back <= input.ruleSet.hysteresisDays && level !== 'RED'; back++) {
    const day = addDays(input.asOf, -back);
    if (firstDay === undefined || day < firstDay) break;
    const earlier = levelOn(input, day, dayLevels);
    if (levelRank(earlier) > levelRank(level)) {
      level = earlier;
      heldBy = { day, level: earlier };
    }
  }
  return { score, level, heldBy };
}

function levelOn(input: ScoreInput, day: string, dayLevels: DayLevels): Level {
  const known = dayLevels.get(day);
  if (known) return known;
  const level = scoreEnterprise({ ...input, asOf: day, history: input.history.until(day) }).level;
  dayLevels.set(day, level);
  return level;
}

/** Forgets the levels of `day` and every later day: the history changed on `day`. */
export function forgetDaysFrom(dayLevels: DayLevels, day: string): void {
  for (const known of dayLevels.keys()) if (known >= day) dayLevels.delete(known);
}

/** Forgets the levels of the days before `day`, which no later assessment's hysteresis window reaches. */
export function forgetDaysBefore(dayLevels: DayLevels, day: string): void {
  for (const known of dayLevels.keys()) if (known < day) dayLevels.delete(known);
}
