import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  CloseCircleOutlined,
  ExclamationCircleOutlined,
  FallOutlined,
  FileTextOutlined,
  MinusCircleOutlined,
  QuestionCircleOutlined,
  RiseOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import type { LocalizedText } from '../../api/client.js';
import { useI18n } from '../../i18n/context.js';
import type { ProgressStatus } from './types.js';

// Each status has its own icon and its words, so colour only repeats what icon and text say.
const LOOK: Record<ProgressStatus, { colour: string; icon: ReactNode }> = {
  achieved: { colour: 'success', icon: <CheckCircleOutlined /> },
  on_track: { colour: 'processing', icon: <RiseOutlined /> },
  acceleration_needed: { colour: 'warning', icon: <ClockCircleOutlined /> },
  limited: { colour: 'orange', icon: <ExclamationCircleOutlined /> },
  deterioration: { colour: 'error', icon: <FallOutlined /> },
  maintained: { colour: 'success', icon: <CheckCircleOutlined /> },
  not_maintained: { colour: 'error', icon: <WarningOutlined /> },
  not_achieved: { colour: 'error', icon: <CloseCircleOutlined /> },
  no_data: { colour: 'default', icon: <QuestionCircleOutlined /> },
  qualitative: { colour: 'default', icon: <FileTextOutlined /> },
};

/** The engine's progress status with the label it gave; the status name stands in when no label came. */
export function ProgressTag({ status, label }: { status: ProgressStatus | null; label?: LocalizedText | null }) {
  const { t, locale } = useI18n();
  if (status === null) {
    return (
      <Tag icon={<MinusCircleOutlined />} color="default">
        {t('progress.noTarget')}
      </Tag>
    );
  }
  const look = LOOK[status];
  return (
    <Tag icon={look.icon} color={look.colour}>
      {label ? label[locale] : t(`progress.status.${status}`)}
    </Tag>
  );
}

export const PROGRESS_STATUSES = Object.keys(LOOK) as ProgressStatus[];
