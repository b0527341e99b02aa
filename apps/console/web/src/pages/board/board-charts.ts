import type { ChartOption } from '../../components/EChart';
import { LEVEL_COLORS, LEVELS } from '../../components/LevelBadge';
import type { Board, LevelCounts } from '../../api/risk';

type Translate = (key: string) => string;

/** Counts per level per child region, one stacked bar per region. */
export function rollupOption(regions: Board['regions'], names: Map<string, string>, t: Translate): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
    xAxis: { type: 'category', data: regions.map((region) => names.get(region.regionId) ?? region.regionId.slice(0, 8)), axisLabel: { interval: 0, rotate: regions.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: LEVELS.map((level) => ({
      name: t(`levels.${level}`),
      type: 'bar',
      stack: 'levels',
      itemStyle: { color: LEVEL_COLORS[level] },
      data: regions.map((region) => region.counts[level] ?? 0),
    })),
  };
}

/** Enterprises per level per day, stacked areas over the trend window. */
export function trendOption(trend: { day: string; counts: LevelCounts }[], t: Translate): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
    xAxis: { type: 'category', boundaryGap: false, data: trend.map((point) => point.day.slice(5)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: LEVELS.map((level) => ({
      name: t(`levels.${level}`),
      type: 'line',
      stack: 'levels',
      symbol: 'none',
      areaStyle: { opacity: 0.85 },
      lineStyle: { width: 0 },
      itemStyle: { color: LEVEL_COLORS[level] },
      data: trend.map((point) => point.counts[level] ?? 0),
    })),
  };
}
