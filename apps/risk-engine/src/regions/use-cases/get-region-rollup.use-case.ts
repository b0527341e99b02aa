import { Injectable } from '@nestjs/common';
import { LEVELS, type Level, addDays, isoDayOf } from '@concord/risk-rules';
import { DataSource } from 'typeorm';

export type LevelCounts = Record<Level, number>;

export interface RegionRollup {
  regionId: string;
  asOf: string;
  /** Current levels of every enterprise in the region's subtree. */
  counts: LevelCounts;
  /** The same per direct child region (streets of a county, communities of a street). */
  children: { regionId: string; counts: LevelCounts }[];
  /** Per day of the last `days`: each enterprise at the level of its newest assessment by then. */
  trend: { day: string; counts: LevelCounts }[];
}

/**
 * Risk rolled up the three-level region tree (county → street → community), from the directory's
 * published region paths and this service's assessments. Enterprises never assessed are not counted.
 */
@Injectable()
export class GetRegionRollupUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(regionId: string, days: number, today = isoDayOf(new Date())): Promise<RegionRollup> {
    const current = await this.dataSource.query<{ child: string | null; level: Level; n: number }[]>(
      `SELECT p.region_path[array_position(p.region_path, $1::uuid) + 1] AS child, r.level, count(*)::int AS n
         FROM directory.enterprise_profile_v1 p
         JOIN enterprise_risk r ON r.enterprise_id = p.enterprise_id
        WHERE $1::uuid = ANY(p.region_path)
        GROUP BY 1, 2`,
      [regionId],
    );
    const trend = await this.dataSource.query<{ day: string; level: Level; n: number }[]>(
      `WITH subtree AS (SELECT enterprise_id FROM directory.enterprise_profile_v1 WHERE $1::uuid = ANY(region_path)),
            days AS (SELECT d::date AS day FROM generate_series($2::date, $3::date, interval '1 day') d)
       SELECT to_char(days.day, 'YYYY-MM-DD') AS day, latest.level, count(*)::int AS n
         FROM days CROSS JOIN subtree
         CROSS JOIN LATERAL (
           SELECT h.level FROM score_history h
            WHERE h.enterprise_id = subtree.enterprise_id AND h.as_of < days.day + 1
            ORDER BY h.as_of DESC, h.id DESC LIMIT 1) latest
        GROUP BY 1, 2
        ORDER BY 1`,
      [regionId, addDays(today, 1 - days), today],
    );
    const children = new Map<string, LevelCounts>();
    const counts = emptyCounts();
    for (const row of current) {
      counts[row.level] += row.n;
      if (row.child) children.set(row.child, add(children.get(row.child) ?? emptyCounts(), row.level, row.n));
    }
    const byDay = new Map<string, LevelCounts>();
    for (const row of trend) byDay.set(row.day, add(byDay.get(row.day) ?? emptyCounts(), row.level, row.n));
    return {
      regionId,
      asOf: today,
      counts,
      children: [...children].map(([id, childCounts]) => ({ regionId: id, counts: childCounts })).sort((a, b) => a.regionId.localeCompare(b.regionId)),
      trend: [...byDay].map(([day, dayCounts]) => ({ day, counts: dayCounts })),
    };
  }
}

function emptyCounts(): LevelCounts {
  return Object.fromEntries(LEVELS.map((level) => [level, 0])) as LevelCounts;
}

function add(counts: LevelCounts, level: Level, n: number): LevelCounts {
  counts[level] += n;
  return counts;
}
