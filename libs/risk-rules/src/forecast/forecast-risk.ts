import { addDays } from '../calendar-day.util';
import type { Level } from '../level.model';
import { assessRisk } from '../scoring/assess-risk';
import type { ScoreInput } from '../scoring/score-enterprise';

export interface RiskForecast {
  horizonDays: number;
  day: string;
  level: Level;
  score: number;
  /** The rules that would hold then, most points first. */
  drivers: { ruleId: string; title: string; points: number; floor: Level | null }[];
}

/**
 * The projected level `horizonDays` ahead if nothing new is reported: open conditions stay open
 * and age (wages a month later are a month later), resolved ones decay, and scheduled facts come
 * due (contract expiries entering their window, the pre-Spring-Festival pay season). It answers
 * "where is this enterprise heading", not "what will happen": any new event changes it.
 */
export function forecastRisk(input: ScoreInput, horizons: readonly number[] = [30, 60]): RiskForecast[] {
  return horizons.map((horizonDays) => {
    const day = addDays(input.asOf, horizonDays);
    const { level, score } = assessRisk({ ...input, asOf: day });
    const drivers = [...score.fired]
      .sort((a, b) => b.points - a.points || a.ruleId.localeCompare(b.ruleId))
      .map(({ ruleId, title, points, floor }) => ({ ruleId, title, points, floor }));
    return { horizonDays, day, level, score: score.score, drivers };
  });
}
