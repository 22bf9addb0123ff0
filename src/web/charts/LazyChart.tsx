import { Alert, Skeleton } from 'antd';
import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useI18n } from '../i18n/context.js';
import type { ChartProps } from './props.js';

// ECharts is large: it is fetched only when a page actually shows a chart.
const Chart = lazy(() => import('./Chart.js'));

class ChartBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export function LazyChart(props: ChartProps) {
  const { t } = useI18n();
  return (
    <ChartBoundary fallback={<Alert type="warning" showIcon title={t('chart.failed')} />}>
      <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: props.height ?? 320 }} aria-label={t('chart.loading')} />}>
        <Chart {...props} />
      </Suspense>
    </ChartBoundary>
  );
}
