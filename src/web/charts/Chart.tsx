import { useEffect, useRef } from 'react';
import { init, type EChartsType } from './echarts.js';
import type { ChartProps } from './props.js';

/** An ECharts canvas that follows its container's size. Load it through LazyChart, never directly. */
export default function Chart({ option, label, height = 320 }: ChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = init(element);
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ aria: { enabled: true, decal: { show: true } }, ...option }, true);
  }, [option]);

  return <div ref={container} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
