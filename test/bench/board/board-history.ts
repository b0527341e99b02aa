import type { Client } from 'pg';

/** Days per level episode of a volatile enterprise: its level may change once per episode. */
const EPISODE_DAYS = 14;
/** Per mille of enterprises whose level ever leaves GREEN. */
const VOLATILE_PER_MILLE = 300;

/**
 * A deterministic level per enterprise and day: 70 % of enterprises GREEN all year; the others
 * draw a level per 14-day episode (staggered per enterprise, so some change every day), mostly
 * GREEN, sometimes BLUE or YELLOW, rarely ORANGE or RED; the score lies in the level's band.
 */
const LEVEL_OF = `
  CREATE FUNCTION pg_temp.bench_level(enterprise uuid, day date) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
      WHEN abs(hashtext(enterprise::text)) % 1000 >= ${VOLATILE_PER_MILLE} THEN 'GREEN'
      ELSE (SELECT CASE WHEN draw < 60 THEN 'GREEN' WHEN draw < 80 THEN 'BLUE' WHEN draw < 92 THEN 'YELLOW' WHEN draw < 98 THEN 'ORANGE' ELSE 'RED' END
              FROM (SELECT abs(hashtext(enterprise::text || ':' || ((day - DATE '2000-01-01' + abs(hashtext(enterprise::text)) % ${EPISODE_DAYS}) / ${EPISODE_DAYS}))) % 100 AS draw) d)
    END $$`;

const SCORE_OF = `(array_position(ARRAY['GREEN', 'BLUE', 'YELLOW', 'ORANGE', 'RED'], lvl) - 1) * 20 + abs(hashtext(e.id::text || day::text)) % 20`;

/**
 * A year of score history for every directory enterprise, straight into risk.score_history with
 * generate_series (one assessment per enterprise per `everyDays` days, ending today, as a daily
 * re-evaluation would write them), month by month in day order so ids follow time as the engine's
 * would; then current risk from each enterprise's newest row. The benchmark measures reads: the
 * engine's write path is not what is timed here.
 */
export async function seedScoreHistory(db: Client, spec: { days: number; everyDays: number }): Promise<number> {
  await db.query(LEVEL_OF);
  const chunk = 30;
  for (let start = spec.days - 1; start >= 0; start -= chunk) {
    await db.query(
      `INSERT INTO risk.score_history (enterprise_id, trigger_event_id, score, band, level, fired, rule_set_id, rule_set_version, as_of, scored_at)
       SELECT e.id, 're-evaluation:' || day, ${SCORE_OF}, lvl, lvl, '[]'::jsonb, 'default', 1, day::timestamp AT TIME ZONE 'UTC', day::timestamp AT TIME ZONE 'UTC' + interval '1 hour'
         FROM generate_series(current_date - $1::int, current_date - greatest($1::int - $2::int + 1, 0), interval '1 day') AS days(d)
         CROSS JOIN LATERAL (SELECT d::date AS day) dd
         CROSS JOIN directory.enterprises e
         CROSS JOIN LATERAL (SELECT pg_temp.bench_level(e.id, day) AS lvl) l
        WHERE (current_date - day) % $3::int = 0
        ORDER BY day, e.id`,
      [start, chunk, spec.everyDays],
    );
  }
  await db.query(
    `INSERT INTO risk.enterprise_risk (enterprise_id, score, band, level, rule_set_id, rule_set_version, fired, evidence_event_ids, as_of, scored_at, updated_at)
     SELECT DISTINCT ON (enterprise_id) enterprise_id, score, band, level, rule_set_id, rule_set_version, fired, '{}', as_of, scored_at, scored_at
       FROM risk.score_history ORDER BY enterprise_id, id DESC`,
  );
  const [{ n }] = (await db.query<{ n: string }>(`SELECT count(*) AS n FROM risk.score_history`)).rows;
  return Number(n);
}
