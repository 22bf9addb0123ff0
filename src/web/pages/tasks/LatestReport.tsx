import { PaperClipOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useI18n } from '../../i18n/context.js';
import type { ReportView } from './types.js';

/** The latest progress report: date, who, what was said, and its evidence files to download. */
export function LatestReport({ report }: { report: ReportView }) {
  const { t } = useI18n();
  return (
    <div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('board.updateBy', { date: report.date, user: report.createdBy ?? t('common.empty') })}
      </Typography.Text>
      <Typography.Paragraph ellipsis={{ rows: 2, tooltip: report.narrative }} style={{ margin: 0 }}>
        {report.narrative}
      </Typography.Paragraph>
      {report.attachments.map((file) => (
        <a key={file.id} href={`/api/attachments/${file.id}`} aria-label={t('board.attachment', { name: file.fileName })} style={{ display: 'block', fontSize: 12 }}>
          <PaperClipOutlined aria-hidden="true" /> {file.fileName}
        </a>
      ))}
    </div>
  );
}
