import { Card, Col, Row, Statistic, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import type { PlanDetail } from '../../api/types.js';
import { LazyChart } from '../../charts/LazyChart.js';
import { DataTable } from '../../components/DataTable.js';
import { useI18n } from '../../i18n/context.js';
import type { MessageKey } from '../../i18n/zh.js';
import { ATTRIBUTE_KEYS, countByCategory, type AttributeKey } from '../../plan/category-counts.js';

const ATTRIBUTE_LABELS: Record<AttributeKey, MessageKey> = {
  binding: 'indicators.attribute.binding',
  expected: 'indicators.attribute.expected',
  guiding: 'indicators.attribute.guiding',
  none: 'overview.noAttribute',
};

interface CategoryRow {
  category: string;
  counts: Record<AttributeKey, number>;
}

/** The plan at a glance: summary, how much it contains, indicators per category, feature boxes. */
export function OverviewTab({ detail }: { detail: PlanDetail }) {
  const { t } = useI18n();
  const { plan, indicators, tasks, projects, boxes } = detail;

  const { option, columns, rows } = useMemo(() => {
    const { categories, counts } = countByCategory(indicators);
    const labels = categories.map((c) => c ?? t('overview.noCategory'));
    const used = ATTRIBUTE_KEYS.filter((key) => counts[key].some((n) => n > 0));
    return {
      option: {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 8, right: 8, bottom: 8, top: 40, containLabel: true },
        xAxis: { type: 'category', data: labels, axisLabel: { interval: 0 } },
        yAxis: { type: 'value', minInterval: 1 },
        series: used.map((key) => ({ type: 'bar', stack: 'attribute', barMaxWidth: 64, name: t(ATTRIBUTE_LABELS[key]), data: counts[key] })),
      },
      columns: [
        { title: t('indicators.col.category'), dataIndex: 'category' },
        ...used.map((key) => ({ title: t(ATTRIBUTE_LABELS[key]), key, align: 'right' as const, render: (_: unknown, row: CategoryRow) => row.counts[key] })),
      ] as TableColumnsType<CategoryRow>,
      rows: labels.map((category, i) => ({
        category,
        counts: Object.fromEntries(ATTRIBUTE_KEYS.map((key) => [key, counts[key][i]])) as Record<AttributeKey, number>,
      })),
    };
  }, [indicators, t]);

  const stats: Array<[MessageKey, number]> = [
    ['plans.col.indicators', indicators.length],
    ['plans.col.targets', indicators.reduce((sum, i) => sum + i.targets.length, 0)],
    ['plans.col.tasks', tasks.length],
    ['plans.col.projects', projects.length],
  ];

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Card title={t('overview.summary')} size="small">
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{plan.summary ?? t('overview.noSummary')}</Typography.Paragraph>
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card title={t('overview.contents')} size="small">
          <Row gutter={16}>
            {stats.map(([key, value]) => (
              <Col span={12} key={key}>
                <Statistic title={t(key)} value={value} />
              </Col>
            ))}
          </Row>
        </Card>
      </Col>
      {indicators.length > 0 && (
        <Col span={24}>
          <Card title={t('overview.byCategory')} size="small">
            <LazyChart option={option} label={t('overview.byCategoryLabel')} height={300} />
            <DataTable<CategoryRow>
              label={t('overview.byCategory')}
              rowKey="category"
              columns={columns}
              rows={rows}
              empty={t('indicators.empty')}
              style={{ marginTop: 16 }}
            />
          </Card>
        </Col>
      )}
      {boxes.length > 0 && (
        <Col span={24}>
          <Card title={t('overview.boxes')} size="small">
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {boxes.map((box) => (
                <li key={box.code} style={{ marginBottom: 8 }}>
                  <Typography.Text strong>{`${box.code} ${box.title}`}</Typography.Text>
                  <br />
                  <Typography.Text type="secondary">
                    {t('overview.boxItems', { count: box.items.length, items: box.items.map((item) => item.title).join(t('common.listSeparator')) })}
                  </Typography.Text>
                </li>
              ))}
            </ul>
          </Card>
        </Col>
      )}
    </Row>
  );
}
