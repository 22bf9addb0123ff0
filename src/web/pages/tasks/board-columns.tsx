import { ClockCircleOutlined } from '@ant-design/icons';
import { Button, Progress, Tag, type TableColumnsType } from 'antd';
import type { I18n } from '../../i18n/context.js';
import { LatestReport } from './LatestReport.js';
import type { ReportView } from './types.js';

interface Reported {
  percent: number;
  latestUpdate: ReportView | null;
}

/**
 * The columns the task and project boards share: percent complete, the latest report (or a
 * never-updated mark) and the button that opens the report form.
 */
export function progressColumns<T extends Reported>(t: I18n['t'], nameOf: (row: T) => string, onReport: (row: T) => void): TableColumnsType<T> {
  return [
    { title: t('tasks.col.percent'), dataIndex: 'percent', width: 120, render: (percent: number) => <Progress percent={percent} size="small" /> },
    {
      title: t('board.col.latest'),
      key: 'latest',
      width: 240,
      render: (_, row) =>
        row.latestUpdate ? (
          <LatestReport report={row.latestUpdate} />
        ) : (
          <Tag color="warning" icon={<ClockCircleOutlined />}>
            {t('board.neverUpdated')}
          </Tag>
        ),
    },
    {
      title: t('board.col.action'),
      key: 'action',
      width: 110,
      render: (_, row) => (
        <Button size="small" onClick={() => onReport(row)} aria-label={t('board.reportFor', { name: nameOf(row) })}>
          {t('board.report')}
        </Button>
      ),
    },
  ];
}
