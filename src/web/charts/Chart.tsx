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

  // ECharts writes its aria description onto the container, so the label goes through it; decal
  // patterns keep series apart without relying on colour.
  useEffect(() => {
    chart.current?.setOption({ aria: { enabled: true, label: { description: label }, decal: { show: true } }, ...option }, true);
  }, [option, label]);

  return <div ref={container} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
