import { addDays } from '../calendar-day.util';
import { levelRank } from '../level.model';
import { type ScoreInput, scoreEnterprise } from './score-enterprise';
import type { RiskAssessment } from './score.model';

/**
 * The enterprise's level with hysteresis (DOMAIN.md §3): a level drops only once the condition
 * that set it has been gone for `hysteresisDays`. Stated without state: the level on a day is the
 * highest level computed on any day of the window ending then, each from the history as it stood
 * that day — so it is the same whatever order the events arrived in, and a backtest can replay it.
 * Every day is computed: conditions also end on dates carried inside events (an incident's end,
 * a letter's answer, a layoff settling), not only on the days events arrive.
 */
export function assessRisk(input: ScoreInput): RiskAssessment {
  const score = scoreEnterprise(input);
  let level = score.level;
  let heldBy: RiskAssessment['heldBy'] = null;
  const firstDay = input.history.events[0]?.day;
  for (let back = 1; back <= input.ruleSet.hysteresisDays && level !== 'RED'; back++) {
    const day = addDays(input.asOf, -back);
    if (firstDay === undefined || day < firstDay) break;
    const earlier = scoreEnterprise({ ...input, asOf: day, history: input.history.until(day) }).level;
    if (levelRank(earlier) > levelRank(level)) {
      level = earlier;
      heldBy = { day, level: earlier };
    }
  }
  return { score, level, heldBy };
}
