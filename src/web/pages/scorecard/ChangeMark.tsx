import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useI18n } from '../../i18n/context.js';
import type { ScorecardRow } from './types.js';

const ARROWS = { up: <ArrowUpOutlined />, down: <ArrowDownOutlined />, flat: <MinusOutlined /> };

/** The change from the previous year as the engine saw it: arrow and word, better or worse in words too. */
export function ChangeMark({ row }: { row: Pick<ScorecardRow, 'change' | 'improving' | 'previous'> }) {
  const { t } = useI18n();
  if (row.change === null || row.previous === null) return <>{t('common.empty')}</>;
  const type = row.improving === null ? undefined : row.improving ? 'success' : 'danger';
  return (
    <Typography.Text type={type}>
      <span aria-hidden="true">{ARROWS[row.change]} </span>
      {t(`change.${row.change}`)}
      {row.improving !== null && t(row.improving ? 'change.better' : 'change.worse')}
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {t('change.vsPrevious', { year: row.previous.year, value: row.previous.roundedValue ?? t('common.empty') })}
      </Typography.Text>
    </Typography.Text>
  );
}
