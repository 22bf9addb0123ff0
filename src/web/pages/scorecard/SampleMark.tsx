import { ExperimentOutlined } from '@ant-design/icons';
import { Alert, Tag, Tooltip } from 'antd';
import { useI18n } from '../../i18n/context.js';

/** Marks a value that rests on sample data, so it is never read as a real statistic. */
export function SampleMark() {
  const { t } = useI18n();
  return (
    <Tooltip title={t('sample.markHint')}>
      <Tag icon={<ExperimentOutlined />} color="purple" tabIndex={0} aria-label={t('sample.markHint')} className="sample-mark">
        {t('sample.mark')}
      </Tag>
    </Tooltip>
  );
}

export function SampleBanner() {
  const { t } = useI18n();
  return <Alert type="warning" showIcon role="status" title={t('sample.banner')} style={{ marginBottom: 16 }} />;
}
