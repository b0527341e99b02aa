import type { ScorePoint } from '../../api/risk';
import type { ChartOption } from '../../components/EChart';
import { LEVEL_COLORS } from '../../components/LevelBadge';

type Translate = (key: string) => string;

/** Score over time (oldest first), each point coloured by the level it gave. */
export function scoreOption(points: ScorePoint[], t: Translate): ChartOption {
  const ordered = [...points].sort((a, b) => a.asOf.localeCompare(b.asOf) || a.scoredAt.localeCompare(b.scoredAt));
  return {
    tooltip: {
      trigger: 'axis',
      formatter: (params: { dataIndex: number }[]) => {
        const point = ordered[params[0]?.dataIndex ?? 0];
        return point ? `${point.asOf.slice(0, 10)}<br/>${t('enterprise.score')}: ${Math.round(point.score)}<br/>${t(`levels.${point.level}`)}` : '';
      },
    },
    grid: { left: 8, right: 16, bottom: 8, top: 16, containLabel: true },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', min: 0 },
    series: [
      {
        type: 'line',
        step: 'end',
        showSymbol: true,
        symbolSize: 7,
        lineStyle: { color: '#7a8699' },
        data: ordered.map((point) => ({ value: [point.asOf, Math.round(point.score)], itemStyle: { color: LEVEL_COLORS[point.level] } })),
      },
    ],
  };
}
