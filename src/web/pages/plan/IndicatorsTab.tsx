import { Flex, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { BaselineView, IndicatorView, TargetView } from '../../api/types.js';
import { DataTable } from '../../components/DataTable.js';
import { AttributeTag } from '../../components/StatusTags.js';
import { useI18n } from '../../i18n/context.js';
import { categorySpans, higherLevelSource } from '../../plan/indicator-table.js';

/** The plan's indicator table as printed: category, number, name, unit, attribute, baselines and targets as written. */
export function IndicatorsTab({ indicators }: { indicators: IndicatorView[] }) {
  const { t } = useI18n();
  const spans = categorySpans(indicators);
  const names = new Map(indicators.map((i) => [i.code, i.name]));
  const dash = t('common.empty');

  // Plans without categories or sequence numbers (the Chaoyang table has neither) get no empty columns.
  const hasCategory = indicators.some((i) => i.category !== null);
  const hasSeq = indicators.some((i) => i.seq !== null);

  const columns: TableColumnsType<IndicatorView> = [
    ...(hasCategory
      ? [
          {
            title: t('indicators.col.category'),
            dataIndex: 'category',
            width: 90,
            onCell: (_: IndicatorView, index?: number) => ({ rowSpan: spans[index ?? 0] }),
            render: (category: string | null) => category ?? dash,
          },
        ]
      : []),
    ...(hasSeq ? [{ title: t('indicators.col.seq'), dataIndex: 'seq', width: 56, render: (seq: string | null) => seq ?? dash }] : []),
    {
      title: t('indicators.col.name'),
      dataIndex: 'name',
      width: 220,
      render: (name: string, indicator) =>
        indicator.parent ? (
          <span style={{ paddingInlineStart: 16 }} title={t('indicators.subRowOf', { parent: names.get(indicator.parent) ?? indicator.parent })}>
            <span aria-hidden="true">└ </span>
            {name}
          </span>
        ) : (
          name
        ),
    },
    { title: t('indicators.col.unit'), dataIndex: 'unit', width: 72, render: (unit: string | null) => unit ?? dash },
    {
      title: t('indicators.col.attribute'),
      dataIndex: 'attribute',
      width: 84,
      render: (attribute: IndicatorView['attribute']) => (attribute ? <AttributeTag attribute={attribute} /> : dash),
    },
    {
      title: t('indicators.col.baseline'),
      key: 'baselines',
      width: 240,
      render: (_, indicator) => (indicator.baselines.length === 0 ? dash : <Baselines baselines={indicator.baselines} />),
    },
    {
      title: t('indicators.col.targets'),
      key: 'targets',
      render: (_, indicator) => (indicator.targets.length === 0 ? dash : <Targets targets={indicator.targets} />),
    },
  ];

  return (
    <DataTable<IndicatorView>
      label={t('indicators.tableLabel')}
      rowKey="code"
      bordered
      columns={columns}
      rows={indicators}
      scroll={{ x: 1000 }}
      tableLayout="fixed"
      empty={t('indicators.empty')}
      expandable={{ expandedRowRender: (indicator) => <IndicatorDetails indicator={indicator} /> }}
    />
  );
}

function Baselines({ baselines }: { baselines: BaselineView[] }) {
  const { t } = useI18n();
  return (
    <Flex vertical gap={4}>
      {baselines.map((b, i) => (
        <div key={`${b.year}-${i}`}>
          {b.text ?? b.value ?? t('common.empty')}
          <Typography.Text type="secondary">{t('indicators.baselineYear', { year: b.year })}</Typography.Text>
          {b.note && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {b.note}
            </Typography.Text>
          )}
        </div>
      ))}
    </Flex>
  );
}

function Targets({ targets }: { targets: TargetView[] }) {
  const { t } = useI18n();
  return (
    <Flex vertical gap={4}>
      {targets.map((target, i) => {
        const higher = higherLevelSource(target);
        return (
          <div key={`${target.year}-${i}`}>
            <div>{target.text}</div>
            <Typography.Text type="secondary">{t('indicators.targetYear', { year: target.year })}</Typography.Text>{' '}
            {higher && <Tag>{t('indicators.targetSource', { source: higher })}</Tag>}
            {target.fromProse && (
              <Tooltip title={t('indicators.fromProseHint')}>
                <Tag tabIndex={0} aria-label={t('indicators.fromProseHint')}>
                  {t('indicators.fromProse')}
                </Tag>
              </Tooltip>
            )}
          </div>
        );
      })}
    </Flex>
  );
}

function IndicatorDetails({ indicator }: { indicator: IndicatorView }) {
  const { t } = useI18n();
  return (
    <dl style={{ margin: 0 }}>
      <dt>
        <Typography.Text strong>{t('indicators.definition')}</Typography.Text>
      </dt>
      <dd style={{ marginInlineStart: 0, whiteSpace: 'pre-wrap' }}>{indicator.definition ?? t('indicators.noDefinition')}</dd>
      {indicator.direction && (
        <>
          <dt>
            <Typography.Text strong>{t('indicators.direction')}</Typography.Text>
          </dt>
          <dd style={{ marginInlineStart: 0 }}>{t(`indicators.direction.${indicator.direction}`)}</dd>
        </>
      )}
    </dl>
  );
}
