import { Button, Descriptions, Modal, Typography } from 'antd';
import { useI18n } from '../../../i18n/context.js';
import type { Conflict } from './useCellWriter.js';

/**
 * Someone else stored the cell after this user read it: both values side by side, and the user
 * chooses; closing the dialog keeps the other value, so nothing is overwritten by accident.
 */
export function ConflictDialog({ conflict, label, onSettle }: { conflict: Conflict | null; label: string; onSettle(choice: 'theirs' | 'mine'): void }) {
  const { t } = useI18n();
  const empty = t('common.empty');
  return (
    <Modal
      open={conflict !== null}
      title={t('entry.conflict.title')}
      onCancel={() => onSettle('theirs')}
      footer={[
        <Button key="theirs" type="primary" autoFocus onClick={() => onSettle('theirs')}>
          {t('entry.conflict.keepTheirs')}
        </Button>,
        <Button key="mine" danger onClick={() => onSettle('mine')}>
          {t('entry.conflict.overwrite')}
        </Button>,
      ]}
    >
      {conflict && (
        <>
          <Typography.Paragraph>{t('entry.conflict.text', { name: label })}</Typography.Paragraph>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              { key: 'theirs', label: t('entry.conflict.theirs'), children: `${conflict.current.value}${conflict.current.comment ? `（${conflict.current.comment}）` : ''}` },
              { key: 'mine', label: t('entry.conflict.mine'), children: `${conflict.mine.value || empty}${conflict.mine.comment ? `（${conflict.mine.comment}）` : ''}` },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
