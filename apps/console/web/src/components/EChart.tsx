import { BarChart, LineChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

// Only the chart kinds the console draws, so the bundle carries a fraction of ECharts.
echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, DataZoomComponent, MarkLineComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

/** One ECharts instance in a div that follows its container's width (phone and laptop alike). */
export function EChart({
  option,
  height = 280,
  testId,
  onClick,
}: {
  option: ChartOption;
  height?: number;
  testId?: string;
  /** Called with the clicked data point's index (e.g. the bar's category). */
  onClick?: (dataIndex: number) => void;
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clickHandler = useRef(onClick);
  const latestOption = useRef(option);
  const { i18n } = useTranslation();
  useEffect(() => {
    clickHandler.current = onClick;
    latestOption.current = option;
  }, [onClick, option]);

  useEffect(() => {
    const container = element.current!;
    // ECharts' own texts (month names on time axes) follow the console's language.
    const instance = echarts.init(container, undefined, { locale: i18n.language === 'en' ? 'EN' : 'ZH' });
    instance.setOption(latestOption.current);
    chart.current = instance;
    instance.on('click', (params) => clickHandler.current?.((params as { dataIndex: number }).dataIndex));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [i18n.language]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={element} className="chart" style={{ height }} data-testid={testId} />;
}
